package io.cccjdbc.emulator;

import java.util.SplittableRandom;

/**
 * Independent random streams for the parts of generated history, each a function of the
 * dataset's seed and the part's coordinates only, so any day of any instance can be generated
 * alone and always comes out the same.
 */
final class Seeds {
  private Seeds() {}

  static SplittableRandom random(long seed, long... coordinates) {
    long state = mix(seed);
    for (long coordinate : coordinates) {
      state = mix(state ^ mix(coordinate + 0x9E3779B97F4A7C15L));
    }
    return new SplittableRandom(state);
  }

  /** The finalizer of SplitMix64: every input bit changes about half the output bits. */
  static long mix(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
