package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryMessageTest {

  @Test
  void saysHowMuchHeapTheRunHadAndSuggestsAtLeastTwoGigabytes() {
    assertThat(SsdCommand.outOfMemory(700L << 20)).isEqualTo(
        "ssd: ran out of memory with a Java heap of 700 MB; give it more, for example SSD_JAVA_OPTS=-Xmx2048m (README: Memory)");
  }

  @Test
  void aLargerHeapIsSuggestedFourTimesOver() {
    assertThat(SsdCommand.outOfMemory(3L << 30)).contains("heap of 3072 MB").contains("-Xmx8192m");
  }
}
