package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayCheckTest {
    @Test
    void noDisplayOnLinuxIsOneClearReason() {
        assertThat(DisplayCheck.problem(null, null, "Linux", null)).contains("DISPLAY").doesNotContain("\n");
        assertThat(DisplayCheck.problem("  ", "", "Linux", null)).contains("DISPLAY");
    }

    @Test
    void unreachableLocalDisplayIsNamed() {
        assertThat(DisplayCheck.problem(":987654", null, "Linux", null)).contains(":987654").contains("not reachable");
    }

    @Test
    void monocleWaylandRemoteAndOtherSystemsPass() {
        assertThat(DisplayCheck.problem(null, null, "Linux", "Monocle")).isNull();
        assertThat(DisplayCheck.problem(null, "wayland-0", "Linux", null)).isNull();
        assertThat(DisplayCheck.problem("remote.host:0", null, "Linux", null)).isNull();
        assertThat(DisplayCheck.problem(null, null, "Mac OS X", null)).isNull();
    }
}
