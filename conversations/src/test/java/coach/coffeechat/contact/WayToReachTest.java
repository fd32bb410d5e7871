package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WayToReach}: which ways to reach someone look usable. */
final class WayToReachTest {

    @ParameterizedTest(name = "\"{0}\" looks usable")
    @ValueSource(strings = {"ana@example.com", "ana.li+coffee@mail.example.org", "linkedin.com/in/ana-li",
        "https://www.linkedin.com/in/ana-li", "HTTP://Example.COM", "+44 20 7946 0958", "(555) 010-0199",
        "555.010.0199", " ana@example.com "})
    void anEmailAWebAddressOrAPhoneNumberLooksUsable(String reach) {
        assertThat(WayToReach.looksUsable(reach)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not")
    @ValueSource(strings = {"ana", "ana@", "ana@example", "@example.com", "ana at example dot com", "12345",
        "+1 (2) 3-4", "call her", "linkedin", "555-CALL-ANA", "a@b.c"})
    void anythingElseDoesNot(String reach) {
        assertThat(WayToReach.looksUsable(reach)).isFalse();
    }
}
