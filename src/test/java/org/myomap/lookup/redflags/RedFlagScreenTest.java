package org.myomap.lookup.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myomap.lookup.redflags.RedFlag.Urgency;

class RedFlagScreenTest {

    private static Findings backPain(Set<String> symptoms, Set<String> history, Integer age, String onset) {
        return new Findings(symptoms, history, age, onset, Set.of("lower-back", "trunk"), false);
    }

    @Test
    void saddleNumbnessIsACaudaEquinaEmergency() {
        List<RedFlag> flags = RedFlagScreen.screen(backPain(Set.of("saddle-numbness"), Set.of(), 40, "recent"));
        assertThat(flags.get(0).code()).isEqualTo("cauda-equina");
        assertThat(flags.get(0).urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(flags.get(0).because()).containsExactly("saddle-numbness");
    }

    @Test
    void emergenciesAreListedBeforeRoutineReferrals() {
        List<RedFlag> flags = RedFlagScreen.screen(backPain(Set.of("tingling", "bladder-change"), Set.of(), 40, null));
        assertThat(flags).extracting(RedFlag::urgency).containsExactly(Urgency.EMERGENCY, Urgency.ROUTINE_REFERRAL);
    }

    @Test
    void minorTraumaIsAFractureFlagOnlyWhenOlderOrOsteoporotic() {
        assertThat(RedFlagScreen.screen(backPain(Set.of(), Set.of("minor-trauma"), 35, null))).isEmpty();
        assertThat(RedFlagScreen.screen(backPain(Set.of(), Set.of("minor-trauma"), 72, null)))
                .extracting(RedFlag::code).containsExactly("possible-fracture");
    }

    @Test
    void newBackPainOverFiftyIsWorthAPhysiciansCheck() {
        assertThat(RedFlagScreen.screen(backPain(Set.of(), Set.of(), 58, "recent")))
                .extracting(RedFlag::code).containsExactly("age-with-new-back-pain");
        assertThat(RedFlagScreen.screen(backPain(Set.of(), Set.of(), 58, "chronic"))).isEmpty();
    }

    @Test
    void nothingReportedRaisesNothing() {
        assertThat(RedFlagScreen.screen(backPain(Set.of(), Set.of(), 35, "chronic"))).isEmpty();
    }
}
