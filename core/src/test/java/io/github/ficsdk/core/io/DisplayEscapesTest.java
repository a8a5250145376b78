package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DisplayEscapesTest {

    @Test
    void displayEscapes_writeControlAndBidiCharactersAsEscapesThatReadBackTheSame() throws Exception {
        ObjectMapper mapper = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(FicJson.displayEscapes()).build());
        String text = "商会\u001B[2J\u007F\u0085\u061C\u200E\u200F\u2028\u2029\u202A\u202E\u2066\u2069é✓";
        String json = mapper.writeValueAsString(text);
        assertEquals("\"商会\\u001B[2J\\u007F\\u0085\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A\\u202E\\u2066\\u2069é✓\"",
                json);
        assertEquals(text, mapper.readValue(json, String.class));
        byte[] utf8 = mapper.writeValueAsBytes(text);
        assertEquals(json, new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }
}
