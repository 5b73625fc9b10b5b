package org.myomap.lookup.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.myomap.common.i18n.Language;

/** Every text of the lookup in every language, and every rule with its message there. */
class MessagesTest {

    private static final Set<String> TAGS = Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.toSet());

    @Test
    void everyMessageIsInEveryLanguage() {
        Messages.languages().forEach((key, languages) -> assertThat(languages).as("languages of '%s'", key).isEqualTo(TAGS));
        Messages.languages().keySet().forEach(key -> TAGS.forEach(tag ->
                assertThat(Messages.text(key, Language.of(tag))).as("%s in %s", key, tag).isNotBlank()));
    }

    @Test
    void everyRuleHasItsMessageAndEveryMessageBelongsToARuleOrTheAnswer() {
        Set<String> codes = RedFlagScreen.RULES.stream().map(RedFlagRule::code).collect(Collectors.toSet());
        for (String key : Messages.languages().keySet()) {
            String owner = key.split("/")[0];
            assertThat(codes.contains(owner) || owner.equals("safety") || owner.equals("disclaimer"))
                    .as("'%s' belongs to a rule, the safety sentence or the disclaimer", key).isTrue();
        }
        for (String code : codes) {
            assertThat(Messages.languages().keySet()).as("messages of %s", code)
                    .anyMatch(key -> key.equals(code) || key.startsWith(code + "/"));
        }
    }

    /** Never softer in Spanish: an English message that sends to emergency care sends there in Spanish too. */
    @Test
    void aSpanishMessageSendsToEmergencyCareWhereTheEnglishDoes() {
        for (String key : Messages.languages().keySet()) {
            String english = Messages.text(key, Language.ENGLISH).toLowerCase();
            String spanish = Messages.text(key, Language.SPANISH).toLowerCase();
            if (english.contains("call emergency services")) {
                assertThat(spanish).as(key).contains("llame").contains("servicios de emergencia");
            }
            if (english.contains("emergency department")) {
                assertThat(spanish).as(key).contains("servicio de urgencias");
            }
            if (english.contains("do not massage")) {
                assertThat(spanish).as(key).contains("no le dé masaje");
            }
            if (english.contains("today")) {
                assertThat(spanish).as(key).contains("hoy");
            }
        }
    }

    @Test
    void aFlagSaysItsMessageInTheLanguageAsked() {
        RedFlag flag = new CaudaEquina().screen(new Findings(Set.of("saddle-numbness"), Set.of(), 40, "recent",
                Set.of("lower-back"), false)).orElseThrow();
        assertThat(flag.message()).startsWith("These signs can mean pressure on the nerves");
        assertThat(flag.in(Language.SPANISH).message()).contains("síndrome de la cola de caballo").contains("Vaya a un servicio de urgencias ahora mismo");
    }
}
