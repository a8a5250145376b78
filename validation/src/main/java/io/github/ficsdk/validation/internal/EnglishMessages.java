package io.github.ficsdk.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The English message templates of every {@code ContributorValidationMessages.properties} on the
 * class path, merged as Hibernate Validator merges them: several jars (fic-validation, fic-core,
 * a team's own) ship a bundle of that name, and {@code ResourceBundle} would only see the first.
 * Used for the messages of exceptions. Internal: not part of the API.
 */
public final class EnglishMessages {

    private static final String NAME = "ContributorValidationMessages.properties";

    /** Read when the class is first used: on the first {@link #get(String)}. */
    private static final Properties MESSAGES = load();

    private EnglishMessages() {}

    private static Properties load() {
        Properties merged = new Properties();
        ClassLoader loader = EnglishMessages.class.getClassLoader();
        try {
            Enumeration<URL> urls = loader == null ? ClassLoader.getSystemResources(NAME) : loader.getResources(NAME);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream();
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    Properties one = new Properties();
                    one.load(reader);
                    one.forEach(merged::putIfAbsent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAME, e);
        }
        return merged;
    }

    /**
     * Returns an English message template.
     *
     * @param key  the key, such as {@code fic.CREDIT_CODE_LENGTH}
     * @return the template
     * @throws MissingResourceException if no bundle on the class path has the key
     */
    public static String get(String key) {
        String message = MESSAGES.getProperty(key);
        if (message == null) {
            throw new MissingResourceException("no message " + key + " in any " + NAME, NAME, key);
        }
        return message;
    }
}
