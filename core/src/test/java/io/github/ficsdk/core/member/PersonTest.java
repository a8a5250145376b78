package io.github.ficsdk.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.FicJson;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void toString_masksPersonalData() throws Exception {
        Person person = Person.builder().id("P1").name("张三丰").mobile("13812345678").birthYear(1985)
                .gender(Gender.MALE).build();
        String text = person.toString();
        assertFalse(text.contains("三丰"), text);
        assertFalse(text.contains("13812345678"), text);
        assertFalse(text.contains("1985"), text);
        assertTrue(text.contains("张**"), text);
        assertTrue(text.contains("138****5678"), text);
        String json = FicJson.mapper().writeValueAsString(person);
        assertEquals("{\"id\":\"P1\",\"name\":\"张三丰\",\"birthYear\":1985,\"mobile\":\"13812345678\",\"gender\":\"MALE\"}", json);
    }

    @Test
    void toString_masksOneCharacterNamesAndExtensionValues() {
        Person p = Person.builder().id("P2").name("张")
                .extensions(io.github.ficsdk.core.Extensions.of(java.util.Map.of("idCard", "11010519491231002X")))
                .build();
        String text = p.toString();
        assertFalse(text.contains("张"), text);
        assertFalse(text.contains("11010519491231002X"), text);
        assertTrue(text.contains("idCard"), text);
    }

    @Test
    void toString_masksAnIdCardNumberUsedAsIdEnterpriseOrExtensionName() {
        Person p = Person.builder().id("11010519491231002X").name("张三").enterprise("330402491231002")
                .extensions(io.github.ficsdk.core.Extensions.of(java.util.Map.of("13812345678", "x"))).build();
        String text = p.toString();
        assertFalse(text.contains("11010519491231002X"), text);
        assertFalse(text.contains("330402491231002"), text);
        assertFalse(text.contains("13812345678"), text);
        assertTrue(text.contains("id=110105********002X"), text);
        assertTrue(text.contains("enterprise=330402*****1002"), text);
        assertTrue(text.contains("138****5678"), text);
    }
}
