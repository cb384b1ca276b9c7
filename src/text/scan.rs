//! Finding the next interesting byte in long runs of text that hold none.
//!
//! The quote finder looks for a handful of byte values ([`find_any`]: the
//! `memchr` crate's vectorized searches). The name matcher and the JSON
//! writer look for classes of bytes (capitals and digits; control
//! characters) and test a whole `u64` word of text per step ("SWAR": a byte of
//! the word is zero when `(v - 0x01…) & !v & 0x80…` flags it; the lowest
//! flagged byte is always a true one, a borrow can only flag bytes above it).

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// High bit set on the zero bytes of `v` (and maybe on bytes above the first).
#[inline(always)]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(LO) & !v & HI
}

/// High bit set on the bytes of `v` below 0x20 (and maybe on bytes above the first).
#[inline(always)]
fn control_bytes(v: u64) -> u64 {
    v.wrapping_sub(LO * 0x20) & !v & HI
}

#[inline(always)]
fn word_at(hay: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&hay[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The index of the first byte of `hay` flagged by `flags` (a word-wise
/// test), or of the first byte of the short tail for which `one` holds.
#[inline(always)]
fn find_by(hay: &[u8], flags: impl Fn(u64) -> u64, one: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = 0;
    while i + 8 <= hay.len() {
        let m = flags(word_at(hay, i));
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    hay[i..].iter().position(|&b| one(b)).map(|p| i + p)
}

/// The index of the first byte of `hay` that is one of `set`: the `memchr`
/// crate's vectorized searches, three bytes of the set at a time, each
/// search only up to the earliest hit so far (one search pass for a set of
/// up to three bytes, two for up to six).
#[inline]
pub fn find_any<const N: usize>(hay: &[u8], set: [u8; N]) -> Option<usize> {
    let mut found = None;
    for part in set.chunks(3) {
        let before = &hay[..found.unwrap_or(hay.len())];
        let hit = match *part {
            [a] => memchr::memchr(a, before),
            [a, b] => memchr::memchr2(a, b, before),
            [a, b, c] => memchr::memchr3(a, b, c, before),
            _ => None,
        };
        if hit.is_some() {
            found = hit;
        }
    }
    found
}

/// The index of the first byte of `hay` that a JSON string must escape: a
/// control character, `"` or `\`.
#[inline]
pub fn find_json_escape(hay: &[u8]) -> Option<usize> {
    find_by(
        hay,
        |v| control_bytes(v) | zero_bytes(v ^ (LO * b'"' as u64)) | zero_bytes(v ^ (LO * b'\\' as u64)),
        |b| b < 0x20 || b == b'"' || b == b'\\',
    )
}

/// High bit set on the ASCII bytes of `v` from `lo` to `hi` (exact: the
/// sums never carry from one byte into the next).
#[inline(always)]
fn ascii_between(v: u64, lo: u8, hi: u8) -> u64 {
    let a = v & !HI;
    let at_least_lo = a + LO * (0x80 - lo as u64);
    let above_hi = a + LO * (0x7f - hi as u64);
    at_least_lo & !above_hi & !v & HI
}

/// The index of the first byte of `hay` that can start a name: an ASCII
/// capital or digit, or any byte of a multi-byte character.
#[inline]
pub fn find_capital_digit_or_wide(hay: &[u8]) -> Option<usize> {
    find_by(
        hay,
        |v| ascii_between(v, b'A', b'Z') | ascii_between(v, b'0', b'9') | (v & HI),
        |b| b.is_ascii_uppercase() || b.is_ascii_digit() || b >= 0x80,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position, every set member, every neighbourhood (including
    /// bytes that borrow: 0x00, 0x01, 0x80, 0xff) against a plain scan.
    #[test]
    fn agrees_with_a_plain_scan() {
        let fillers = [b'a', 0x00, 0x01, 0x1f, 0x20, 0x7f, 0x80, 0xe2, 0xff, b'.', b'@', b'[', b'/', b':', b'z'];
        for len in 0..24 {
            for at in 0..=len {
                for &fill in &fillers {
                    for &hit in &[b'.', b'!', b'\n', 0xe2, b'"', b'\\', 0x00, 0x1f, b'A', b'Z', b'0', b'9', 0x80] {
                        let mut hay = vec![fill; len];
                        if at < len {
                            hay[at] = hit;
                        }
                        let set = [b'.', b'!', b'?', b'\n', 0xe2];
                        assert_eq!(find_any(&hay, set), hay.iter().position(|b| set.contains(b)), "{hay:?}");
                        let esc = |b: &u8| *b < 0x20 || *b == b'"' || *b == b'\\';
                        assert_eq!(find_json_escape(&hay), hay.iter().position(esc), "{hay:?}");
                        let name = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || *b >= 0x80;
                        assert_eq!(find_capital_digit_or_wide(&hay), hay.iter().position(name), "{hay:?}");
                    }
                }
            }
        }
    }

    /// Random texts over an alphabet of set members and bytes that borrow or
    /// sit at range edges, several hits a text, against a plain scan.
    #[test]
    fn agrees_with_a_plain_scan_on_random_texts() {
        let alphabet = [b'a', b'z', b'A', b'Z', b'@', b'[', b'0', b'9', b'/', b':', 0x00, 0x01, 0x1f, 0x20, 0x7f, 0x80, 0xbf, 0xc2, 0xe2, 0xff, b'.', b'!', b'?', b'\n', b'"', b'\\', b'\'', b'`'];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let hay: Vec<u8> = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let set = [b'"', b'\'', b'`', 0xc2, 0xe2];
            assert_eq!(find_any(&hay, set), hay.iter().position(|b| set.contains(b)), "{hay:?}");
            let esc = |b: &u8| *b < 0x20 || *b == b'"' || *b == b'\\';
            assert_eq!(find_json_escape(&hay), hay.iter().position(esc), "{hay:?}");
            let name = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || *b >= 0x80;
            assert_eq!(find_capital_digit_or_wide(&hay), hay.iter().position(name), "{hay:?}");
        }
    }
}
