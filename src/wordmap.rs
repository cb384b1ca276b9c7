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
//!
//! The two packed tables are [`Packed`]: open addressing with linear
//! probing, at most half full, keys and values in two arrays. A lookup
//! (most of them misses: a word that is in no list) is a multiply, a shift
//! and a compare or two, fewer instructions than a general hash map's
//! probe, which matters at one lookup per word of the text.

use rustc_hash::FxHashMap;

/// A string-keyed map; see the module docs.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: Packed<u64, V>,
    medium: Packed<u128, V>,
    long: FxHashMap<Box<str>, V>,
}

impl<V: Copy + Default> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: Packed::with_capacity(0), medium: Packed::with_capacity(0), long: FxHashMap::default() }
    }
}

/// A packed key: an integer of which one value ([`PackedKey::EMPTY`]) no
/// key packs to (its length byte would be 255), marking a free slot.
pub(crate) trait PackedKey: Copy + Eq {
    const EMPTY: Self;
    /// A 64-bit hash whose high bits depend on every bit of the key.
    fn hash(self) -> u64;
}

/// Fibonacci hashing: the golden ratio's multiplier mixes every bit of the
/// key into the product's high bits, which pick the slot.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl PackedKey for u64 {
    const EMPTY: u64 = u64::MAX;
    #[inline(always)]
    fn hash(self) -> u64 {
        self.wrapping_mul(MIX)
    }
}

impl PackedKey for u128 {
    const EMPTY: u128 = u128::MAX;
    #[inline(always)]
    fn hash(self) -> u64 {
        ((self as u64).wrapping_mul(MIX) ^ (self >> 64) as u64).wrapping_mul(MIX)
    }
}

/// An open-addressing table of packed keys (see the module docs): a power
/// of two slots, never more than half of them taken, so that every probe
/// sequence meets a free slot.
#[derive(Debug, Clone)]
pub(crate) struct Packed<K, V> {
    keys: Vec<K>,
    values: Vec<V>,
    len: usize,
    /// 64 minus log2 of the number of slots: the hash's high bits are the slot.
    shift: u32,
}

impl<K: PackedKey, V: Copy + Default> Packed<K, V> {
    /// Room for `n` keys without growing.
    fn with_capacity(n: usize) -> Self {
        let slots = (2 * n).max(4).next_power_of_two();
        Packed { keys: vec![K::EMPTY; slots], values: vec![V::default(); slots], len: 0, shift: 64 - slots.trailing_zeros() }
    }

    /// The slot holding `k`, or the free slot where it would go.
    #[inline(always)]
    fn slot(&self, k: K) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = (k.hash() >> self.shift) as usize;
        loop {
            let s = self.keys[i];
            if s == k || s == K::EMPTY {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline(always)]
    fn get(&self, k: K) -> Option<&V> {
        let i = self.slot(k);
        (self.keys[i] != K::EMPTY).then(|| &self.values[i])
    }

    fn get_mut(&mut self, k: K) -> Option<&mut V> {
        let i = self.slot(k);
        (self.keys[i] != K::EMPTY).then(|| &mut self.values[i])
    }

    /// The value of `k`, inserted as `default()` first when missing.
    fn get_or_insert_with(&mut self, k: K, default: impl FnOnce() -> V) -> &mut V {
        let mut i = self.slot(k);
        if self.keys[i] == K::EMPTY {
            if 2 * (self.len + 1) > self.keys.len() {
                self.reserve(self.len + 1);
                i = self.slot(k);
            }
            self.keys[i] = k;
            self.values[i] = default();
            self.len += 1;
        }
        &mut self.values[i]
    }

    /// Room for `n` more keys without growing.
    fn reserve(&mut self, n: usize) {
        if 2 * (self.len + n) <= self.keys.len() {
            return;
        }
        let old = std::mem::replace(self, Packed::with_capacity(self.len + n));
        for (k, v) in old.keys.into_iter().zip(old.values) {
            if k != K::EMPTY {
                let i = self.slot(k);
                self.keys[i] = k;
                self.values[i] = v;
            }
        }
        self.len = old.len;
    }

    /// `update` the value of `k`, or insert `new()`.
    fn upsert(&mut self, k: K, update: impl Fn(&mut V), new: impl Fn() -> V) {
        let mut fresh = false;
        let v = self.get_or_insert_with(k, || {
            fresh = true;
            new()
        });
        if !fresh {
            update(v);
        }
    }

    fn iter(&self) -> impl Iterator<Item = (K, &V)> {
        self.keys.iter().zip(&self.values).filter(|(k, _)| **k != K::EMPTY).map(|(k, v)| (*k, v))
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

impl<V: Copy + Default> WordMap<V> {
    /// An empty map with room for about `n` keys.
    pub fn with_capacity(n: usize) -> WordMap<V> {
        WordMap { short: Packed::with_capacity(n / 2), medium: Packed::with_capacity(n / 2), long: FxHashMap::default() }
    }

    /// The value of key `k`.
    #[inline(always)]
    pub fn get(&self, k: &str) -> Option<&V> {
        match key(k) {
            Key::Short(k) => self.short.get(k),
            Key::Medium(k) => self.medium.get(k),
            Key::Long(k) => self.get_long(k),
        }
    }

    /// [`WordMap::get`] of a key of 16 bytes or more (few words are that
    /// long): out of line, so that the callers' loops stay short.
    #[inline(never)]
    fn get_long(&self, k: &str) -> Option<&V> {
        self.long.get(k)
    }

    /// The value of key `k`, for changing it.
    pub fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        match key(k) {
            Key::Short(k) => self.short.get_mut(k),
            Key::Medium(k) => self.medium.get_mut(k),
            Key::Long(k) => self.long.get_mut(k),
        }
    }

    /// The value of key `k`, inserted as `default()` first when missing.
    pub fn get_or_insert_with(&mut self, k: &str, default: impl FnOnce() -> V) -> &mut V {
        match key(k) {
            Key::Short(k) => self.short.get_or_insert_with(k, default),
            Key::Medium(k) => self.medium.get_or_insert_with(k, default),
            Key::Long(k) => self.long.entry(k.into()).or_insert_with(default),
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.short.len + self.medium.len + self.long.len()
    }

    /// Room for as many more keys, of each size, as `other` holds.
    pub fn reserve_like<U>(&mut self, other: &WordMap<U>) {
        self.short.reserve(other.short.len);
        self.medium.reserve(other.medium.len);
        self.long.reserve(other.long.len());
    }

    /// For every key of `keys`: `update` its value here, or insert `new()`.
    pub fn upsert_keys<U: Copy + Default>(&mut self, keys: WordMap<U>, update: impl Fn(&mut V), new: impl Fn() -> V) {
        for (k, _) in keys.short.iter() {
            self.short.upsert(k, &update, &new);
        }
        for (k, _) in keys.medium.iter() {
            self.medium.upsert(k, &update, &new);
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
