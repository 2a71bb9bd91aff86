//! A small seeded pseudo-random generator, so that every calibration figure
//! replays exactly from its seed and the app pulls in no `rand` crate.

/// SplitMix64 (Steele, Lea and Flood, 2014): one add and a few mixing steps
/// per draw, and every 64-bit seed gives a full-period stream. Plenty for
/// simulated respondents; not for anything secret.
#[derive(Clone, Debug)]
pub struct Prng {
    state: u64,
}

impl Prng {
    pub fn new(seed: u64) -> Self {
        Prng { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must be at least 1. Multiply-and-shift
    /// (Lemire) has a bias of at most `n / 2^64`, far below what any
    /// simulation here can see.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0);
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_stream() {
        for seed in [0, 1, 42, u64::MAX] {
            let a: Vec<u64> = (0..8)
                .scan(Prng::new(seed), |r, _| Some(r.next_u64()))
                .collect();
            let b: Vec<u64> = (0..8)
                .scan(Prng::new(seed), |r, _| Some(r.next_u64()))
                .collect();
            assert_eq!(a, b, "seed {seed}");
        }
        assert_ne!(Prng::new(1).next_u64(), Prng::new(2).next_u64());
    }

    #[test]
    fn below_stays_in_range_and_is_close_to_uniform() {
        // (n, draws): each bucket must hold its fair share within 5%.
        let cases = [
            (1, 1_000),
            (2, 20_000),
            (3, 30_000),
            (5, 50_000),
            (7, 70_000),
        ];
        for (n, draws) in cases {
            let mut rng = Prng::new(n as u64);
            let mut counts = vec![0usize; n];
            for _ in 0..draws {
                counts[rng.below(n)] += 1;
            }
            let fair = (draws / n) as f64;
            for (i, c) in counts.iter().enumerate() {
                let off = (*c as f64 - fair).abs() / fair;
                assert!(off < 0.05, "n={n}: bucket {i} holds {c}, fair is {fair}");
            }
        }
    }
}
