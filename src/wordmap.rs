//! [`WordMap`]: a map from words and names to values that keeps keys of up to
//! 15 bytes inside the hash tables themselves.
//!
//! The matcher and the lexicon look up several words of every sentence in
//! maps of hundreds of thousands of keys. With `Box<str>` keys each lookup
//! reads a bucket and then the key's bytes somewhere else on the heap: two
//! cache misses. Here a key of up to 7 bytes (most words) is packed with its
//! length into a `u64`, one of 8 to 15 bytes (most two-word name prefixes)
//! into a `u128`, each in its own table, so a lookup is one probe and an
//! integer compare (and the table of short keys, the busiest, stays small);
//! longer keys go to an ordinary map.

use rustc_hash::FxHashMap;

/// A string-keyed map; see the module docs.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: FxHashMap<u64, V>,
    medium: FxHashMap<u128, V>,
    long: FxHashMap<Box<str>, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: FxHashMap::default(), medium: FxHashMap::default(), long: FxHashMap::default() }
    }
}

/// Where a key lives: packed with its length in the last byte (distinct
/// keys, distinct integers, whatever bytes they hold) or as a string.
enum Key<'k> {
    Short(u64),
    Medium(u128),
    Long(&'k str),
}

#[inline(always)]
fn key(k: &str) -> Key<'_> {
    let b = k.as_bytes();
    let n = b.len();
    if n < 8 {
        Key::Short(load_short(b) | (n as u64) << 56)
    } else if n < 16 {
        // Two overlapping 8-byte loads; the bytes they share agree.
        let lo = load_u64(&b[..8]) as u128;
        let hi = load_u64(&b[n - 8..]) as u128;
        Key::Medium(lo | hi << (8 * (n - 8)) | (n as u128) << 120)
    } else {
        Key::Long(k)
    }
}

/// The bytes of `b` (fewer than 8) as a little-endian integer, by loads
/// that overlap rather than a byte copy (a call to `memcpy`).
#[inline(always)]
fn load_short(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let mut lo = [0u8; 4];
        lo.copy_from_slice(&b[..4]);
        let mut hi = [0u8; 4];
        hi.copy_from_slice(&b[n - 4..]);
        u32::from_le_bytes(lo) as u64 | (u32::from_le_bytes(hi) as u64) << (8 * (n - 4))
    } else if n > 0 {
        b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
    } else {
        0
    }
}

/// The first 8 bytes of `b` as a little-endian integer.
#[inline(always)]
fn load_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

/// The key a packed integer holds (its bytes, the last one its length).
fn unpack(bytes: &[u8]) -> String {
    let len = bytes[bytes.len() - 1] as usize;
    String::from_utf8_lossy(&bytes[..len]).into_owned()
}

impl<V> WordMap<V> {
    /// An empty map with room for about `n` keys.
    pub fn with_capacity(n: usize) -> WordMap<V> {
        WordMap {
            short: FxHashMap::with_capacity_and_hasher(n / 2, Default::default()),
            medium: FxHashMap::with_capacity_and_hasher(n / 2, Default::default()),
            long: FxHashMap::default(),
        }
    }

    /// The value of key `k`.
    #[inline(always)]
    pub fn get(&self, k: &str) -> Option<&V> {
        match key(k) {
            Key::Short(k) => self.short.get(&k),
            Key::Medium(k) => self.medium.get(&k),
            Key::Long(k) => self.long.get(k),
        }
    }

    /// The value of key `k`, for changing it.
    pub fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        match key(k) {
            Key::Short(k) => self.short.get_mut(&k),
            Key::Medium(k) => self.medium.get_mut(&k),
            Key::Long(k) => self.long.get_mut(k),
        }
    }

    /// The value of key `k`, inserted as `default()` first when missing.
    pub fn get_or_insert_with(&mut self, k: &str, default: impl FnOnce() -> V) -> &mut V {
        match key(k) {
            Key::Short(k) => self.short.entry(k).or_insert_with(default),
            Key::Medium(k) => self.medium.entry(k).or_insert_with(default),
            Key::Long(k) => self.long.entry(k.into()).or_insert_with(default),
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.short.len() + self.medium.len() + self.long.len()
    }

    /// Room for as many more keys, of each size, as `other` holds.
    pub fn reserve_like<U>(&mut self, other: &WordMap<U>) {
        self.short.reserve(other.short.len());
        self.medium.reserve(other.medium.len());
        self.long.reserve(other.long.len());
    }

    /// For every key of `keys`: `update` its value here, or insert `new()`.
    pub fn upsert_keys<U>(&mut self, keys: WordMap<U>, update: impl Fn(&mut V), new: impl Fn() -> V) {
        for (k, _) in keys.short {
            self.short.entry(k).and_modify(&update).or_insert_with(&new);
        }
        for (k, _) in keys.medium {
            self.medium.entry(k).and_modify(&update).or_insert_with(&new);
        }
        for (k, _) in keys.long {
            self.long.entry(k).and_modify(&update).or_insert_with(&new);
        }
    }

    /// Every key (as an owned string) with its value, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (String, &V)> {
        let short = self.short.iter().map(|(k, v)| (unpack(&k.to_le_bytes()), v));
        let medium = self.medium.iter().map(|(k, v)| (unpack(&k.to_le_bytes()), v));
        short.chain(medium).chain(self.long.iter().map(|(k, v)| (k.to_string(), v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_awkward_keys() {
        let mut m: WordMap<u32> = WordMap::default();
        let keys = ["", "a", "Ab", "seven-7", "eight-08", "New York", "fifteen-bytes-x", "sixteen-bytes-ok", "Zürich", "a\0", "\0", "Łódź Voivodeship"];
        for (i, k) in keys.iter().enumerate() {
            *m.get_or_insert_with(k, || 0) += i as u32 + 1;
        }
        assert_eq!(m.len(), keys.len());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(m.get(k), Some(&(i as u32 + 1)), "{k:?}");
        }
        // Prefixes, extensions and NUL paddings are other keys.
        for k in ["A", "Abc", "a\0\0", "\0\0", "seven-", "eight-0", "New Yor", "fifteen-bytes-", "sixteen-bytes-okk"] {
            assert_eq!(m.get(k), None, "{k:?}");
        }
        *m.get_mut("Ab").unwrap() = 99;
        assert_eq!(m.get("Ab"), Some(&99));
        let mut back: Vec<String> = m.iter().map(|(k, _)| k).collect();
        back.sort();
        let mut want: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        want.sort();
        assert_eq!(back, want);
    }

    #[test]
    fn every_length_packs_its_own_bytes() {
        // All prefixes of a key longer than any packing, each its own key,
        // and read back as written.
        let long = "abcdefghijklmnopqrstu";
        let mut m: WordMap<usize> = WordMap::default();
        for n in 0..=long.len() {
            *m.get_or_insert_with(&long[..n], || 0) = n;
        }
        assert_eq!(m.len(), long.len() + 1);
        for n in 0..=long.len() {
            assert_eq!(m.get(&long[..n]), Some(&n), "{n}");
        }
        let mut back: Vec<(String, usize)> = m.iter().map(|(k, v)| (k, *v)).collect();
        back.sort_by_key(|(_, n)| *n);
        assert!(back.iter().all(|(k, n)| k == &long[..*n]));
    }
}
