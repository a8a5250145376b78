package io.github.ficsdk.validation;

/**
 * A code of a standard held as its characters, made only once they passed its checks:
 * {@link CreditCode} and {@link OrganizationCode}. Two codes are equal when they are of the same
 * class and have the same characters; {@link #toString()} gives the characters, which the class's
 * {@code parse} turns back into an equal value.
 *
 * <p>Its methods are not final: the compiler then gives each public subclass public copies of them,
 * which reflection (and so template engines and {@code java.beans}) can call; the subclasses are final.
 */
abstract class StandardCode {

    /** The characters, checked. */
    final String code;

    StandardCode(String code) {
        this.code = code;
    }

    /**
     * Compares by the class and the characters.
     *
     * @param other  the other object, null gives false
     * @return true when the other object is a code of the same class with the same characters
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other != null && other.getClass() == getClass()
                && code.equals(((StandardCode) other).code);
    }

    /**
     * Returns a hash code of the characters.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the characters, such as {@code 91350100M000100Y43} for a credit code or
     * {@code M000100Y4} for an organisation code (without hyphen); {@code parse} turns them back
     * into an equal value.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return code;
    }
}
