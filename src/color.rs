//! Colour: the CMYK type every stage uses, the ink rules a press needs
//! (which plates text and large areas print on), and screen colours: the
//! CMYK of a layout as the FOGRA39 press prints it, shown in sRGB.
//!
//! A phone user should see the leaflet's blue, not a brighter cousin of it:
//! the plain formula (1 − C)(1 − K) turns the brand blue C100 M65 K15 into
//! a vivid (0, 76, 217), where the press prints about (0, 77, 147). So the
//! screen variant takes its RGB from the same profile the print files name:
//! the profile's relative-colorimetric table (`A2B1`, paper white becomes
//! screen white) maps CMYK to CIE Lab, and Lab goes to sRGB by the standard
//! formulas (D50 → D65 by Bradford).

use std::sync::OnceLock;

use serde::Deserialize;

/// A colour as four CMYK percentages (0–100), the way print shops specify it.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(from = "[f32; 4]")]
pub struct Cmyk {
    pub c: f32,
    pub m: f32,
    pub y: f32,
    pub k: f32,
}

impl From<[f32; 4]> for Cmyk {
    fn from([c, m, y, k]: [f32; 4]) -> Self {
        Cmyk { c, m, y, k }
    }
}

impl Cmyk {
    pub const BLACK: Cmyk = Cmyk {
        c: 0.0,
        m: 0.0,
        y: 0.0,
        k: 100.0,
    };
    /// 100 % of every ink: for crop and fold marks, so they show on every plate.
    pub const REGISTRATION: Cmyk = Cmyk {
        c: 100.0,
        m: 100.0,
        y: 100.0,
        k: 100.0,
    };

    /// The plain device conversion, without colour management; screens get
    /// [`crate::color::screen_rgb`], which falls back on this.
    pub fn to_rgb(&self) -> [f32; 3] {
        let k = 1.0 - self.k / 100.0;
        [
            (1.0 - self.c / 100.0) * k,
            (1.0 - self.m / 100.0) * k,
            (1.0 - self.y / 100.0) * k,
        ]
    }

    pub(crate) fn is_valid(&self) -> bool {
        [self.c, self.m, self.y, self.k]
            .iter()
            .all(|v| (0.0..=100.0).contains(v))
    }
}

/// Below this size, dark text is printed in black ink only (pt).
const SINGLE_INK_TEXT: f32 = 12.0;

/// Text stays on few plates, at every size: on a press the plates are a
/// hair out of register, and each extra ink gives the letters a coloured
/// fringe.
///
/// * Small dark text (mostly black) is pure K.
/// * Coloured text keeps at most its two strongest inks: the brand blue
///   C100 M65 Y0 K15 prints as C100 M65 (the K15 hardly changes it, and it
///   would be a third plate to register). Ties keep the plate order, so
///   results are stable.
/// * Large dark type (24 pt rich black) may stay as designed.
pub fn text_color(c: Cmyk, size: f32) -> Cmyk {
    let dark = c.k >= 80.0;
    if dark && size < SINGLE_INK_TEXT && c.c + c.m + c.y > 0.0 {
        return Cmyk {
            c: 0.0,
            m: 0.0,
            y: 0.0,
            k: c.k,
        };
    }
    let mut inks = [c.c, c.m, c.y, c.k];
    if !dark && inks.iter().filter(|&&v| v > 0.0).count() > 2 {
        let mut order = [0, 1, 2, 3];
        order.sort_by(|&a, &b| inks[b].total_cmp(&inks[a]).then(a.cmp(&b)));
        for &weak in &order[2..] {
            inks[weak] = 0.0;
        }
        return Cmyk {
            c: inks[0],
            m: inks[1],
            y: inks[2],
            k: inks[3],
        };
    }
    c
}

/// Large black areas in rich black (K with 60/40/40 under it): K alone
/// prints a washed-out dark grey over a whole panel.
pub fn area_color(c: Cmyk) -> Cmyk {
    if c.k >= 95.0 && c.c + c.m + c.y < 1.0 {
        Cmyk {
            c: 60.0,
            m: 40.0,
            y: 40.0,
            k: 100.0,
        }
    } else {
        c
    }
}

/// Adobe's Coated FOGRA39 profile (`icc/`), deflated by `build.rs`. Print
/// files embed it unmodified, as its licence requires; here it is only read.
pub(crate) const FOGRA39_DEFLATED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/CoatedFOGRA39.icc.zlib"));

/// `c` in sRGB (0–1 per channel), as printed on FOGRA39 coated paper.
pub fn screen_rgb(c: Cmyk) -> [f32; 3] {
    match press_table() {
        Some(table) => lab_to_srgb(
            table.lab([c.c, c.m, c.y, c.k].map(|v| v / 100.0)),
            table.black,
        ),
        // Only a damaged build could lack the table; the plain conversion
        // still gives a readable file.
        None => c.to_rgb(),
    }
}

/// The profile's CMYK → Lab table, read once per process (and only by
/// processes that write screen files).
fn press_table() -> Option<&'static Lut16> {
    static TABLE: OnceLock<Option<Lut16>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut profile = Vec::new();
            let mut inflater = flate2::read::ZlibDecoder::new(FOGRA39_DEFLATED);
            std::io::Read::read_to_end(&mut inflater, &mut profile).ok()?;
            Lut16::parse(tag(&profile, b"A2B1")?)
        })
        .as_ref()
}

/// The bytes of tag `signature` of an ICC profile.
fn tag<'a>(profile: &'a [u8], signature: &[u8; 4]) -> Option<&'a [u8]> {
    let count = be32(profile, 128)? as usize;
    (0..count).find_map(|i| {
        let entry = 132 + 12 * i;
        if profile.get(entry..entry + 4)? != signature {
            return None;
        }
        let offset = be32(profile, entry + 4)? as usize;
        let size = be32(profile, entry + 8)? as usize;
        profile.get(offset..offset.checked_add(size)?)
    })
}

fn be16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn be32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// An ICC `mft2` (lut16Type) table with four inputs and three outputs:
/// input curves, a grid of samples, output curves; all values 0–65535.
struct Lut16 {
    grid: usize,
    input: [Vec<u16>; 4],
    samples: Vec<u16>,
    output: [Vec<u16>; 3],
    /// Lightness of the darkest black (all four inks), for black point
    /// compensation.
    black: f32,
}

impl Lut16 {
    fn parse(data: &[u8]) -> Option<Lut16> {
        if data.get(0..4)? != b"mft2" || data.get(8..10)? != [4, 3] {
            return None;
        }
        let grid = usize::from(*data.get(10)?);
        let input_entries = usize::from(be16(data, 48)?);
        let output_entries = usize::from(be16(data, 50)?);
        if grid < 2 || input_entries < 2 || output_entries < 2 {
            return None;
        }
        let mut at = 52;
        let mut read = |n: usize| -> Option<Vec<u16>> {
            let values = (0..n).map(|i| be16(data, at + 2 * i)).collect();
            at += 2 * n;
            values
        };
        let input = [(); 4].map(|_| read(input_entries));
        let samples = read(grid.pow(4) * 3)?;
        let output = [(); 3].map(|_| read(output_entries));
        let [Some(i0), Some(i1), Some(i2), Some(i3)] = input else {
            return None;
        };
        let [Some(o0), Some(o1), Some(o2)] = output else {
            return None;
        };
        let mut table = Lut16 {
            grid,
            input: [i0, i1, i2, i3],
            samples,
            output: [o0, o1, o2],
            black: 0.0,
        };
        table.black = table.lab([1.0; 4])[0];
        Some(table)
    }

    /// CIE Lab (D50) of ink amounts 0–1.
    fn lab(&self, inks: [f32; 4]) -> [f32; 3] {
        let x = [0, 1, 2, 3].map(|i| curve(&self.input[i], inks[i]) * (self.grid - 1) as f32);
        // Multilinear interpolation between the 16 surrounding samples.
        let base = x.map(|v| (v.floor() as usize).min(self.grid - 2));
        let frac = [0, 1, 2, 3].map(|i| x[i] - base[i] as f32);
        let mut out = [0.0f32; 3];
        for corner in 0..16usize {
            let mut weight = 1.0;
            let mut index = 0;
            for (axis, (&b, &f)) in base.iter().zip(&frac).enumerate() {
                let up = corner >> (3 - axis) & 1;
                weight *= if up == 1 { f } else { 1.0 - f };
                index = index * self.grid + b + up;
            }
            if weight == 0.0 {
                continue;
            }
            for (channel, o) in out.iter_mut().enumerate() {
                *o += weight * f32::from(self.samples[index * 3 + channel]) / 65535.0;
            }
        }
        let [l, a, b] = [0, 1, 2].map(|i| curve(&self.output[i], out[i]) * 65535.0);
        // Version 2 16-bit Lab: L 0–0xFF00 is 0–100; a, b 0x8000 is 0.
        [l / 65280.0 * 100.0, a / 256.0 - 128.0, b / 256.0 - 128.0]
    }
}

/// A curve of equally spaced samples at `x` (0–1), 0–1.
fn curve(table: &[u16], x: f32) -> f32 {
    let pos = x.clamp(0.0, 1.0) * (table.len() - 1) as f32;
    let i = (pos.floor() as usize).min(table.len() - 2);
    let f = pos - i as f32;
    (f32::from(table[i]) * (1.0 - f) + f32::from(table[i + 1]) * f) / 65535.0
}

/// CIE Lab (D50) to sRGB 0–1, out-of-gamut values clipped. Black point
/// compensation maps the press's darkest black (lightness `black`) to the
/// screen's, as Adobe's and lcms's soft proofs do: without it, black text
/// would show as dark grey.
fn lab_to_srgb([l, a, b]: [f32; 3], black: f32) -> [f32; 3] {
    let fy = (l + 16.0) / 116.0;
    let fx = fy + a / 500.0;
    let fz = fy - b / 200.0;
    let inverse = |t: f32| {
        if t > 6.0 / 29.0 {
            t * t * t
        } else {
            3.0 * (6.0f32 / 29.0).powi(2) * (t - 4.0 / 29.0)
        }
    };
    let white = [0.9642, 1.0, 0.8249];
    let black_y = inverse((black + 16.0) / 116.0);
    let relative = [inverse(fx), inverse(fy), inverse(fz)];
    let d50 = [0, 1, 2].map(|i| ((relative[i] - black_y) / (1.0 - black_y)).max(0.0) * white[i]);
    // Bradford D50 → D65, then XYZ → linear sRGB (IEC 61966-2-1).
    let d65 = mul(
        [
            [0.955_576_6, -0.023_039_3, 0.063_163_6],
            [-0.028_289_5, 1.009_941_6, 0.021_007_7],
            [0.012_298_2, -0.020_483, 1.329_909_8],
        ],
        d50,
    );
    let linear = mul(
        [
            [3.240_454_2, -1.537_138_5, -0.498_531_4],
            [-0.969_266, 1.876_010_8, 0.041_556],
            [0.055_643_4, -0.204_025_9, 1.057_225_2],
        ],
        d65,
    );
    linear.map(|v| {
        let v = v.clamp(0.0, 1.0);
        if v <= 0.003_130_8 {
            12.92 * v
        } else {
            1.055 * v.powf(1.0 / 2.4) - 0.055
        }
    })
}

fn mul(m: [[f32; 3]; 3], v: [f32; 3]) -> [f32; 3] {
    m.map(|row| row[0] * v[0] + row[1] * v[1] + row[2] * v[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmyk(c: f32, m: f32, y: f32, k: f32) -> Cmyk {
        Cmyk { c, m, y, k }
    }

    #[test]
    fn press_colours_match_an_independent_colour_engine() {
        // Ghostscript 10 (lcms2), relative colorimetric with black point
        // compensation (its default), with the same profile as its CMYK
        // source: the sRGB values it renders. (Its black point comes from a
        // search through the profile; ours from the four-ink maximum, which
        // differs by a few levels in the deepest blacks only.)
        let reference = [
            (cmyk(0.0, 0.0, 0.0, 0.0), [255, 255, 255]),
            (cmyk(0.0, 0.0, 0.0, 100.0), [29, 29, 27]),
            (cmyk(100.0, 0.0, 0.0, 0.0), [0, 159, 227]),
            (cmyk(0.0, 100.0, 0.0, 0.0), [230, 0, 126]),
            (cmyk(0.0, 0.0, 100.0, 0.0), [255, 237, 0]),
            (cmyk(100.0, 65.0, 0.0, 15.0), [0, 77, 147]),
            (cmyk(0.0, 95.0, 90.0, 0.0), [229, 35, 34]),
            (cmyk(0.0, 10.0, 100.0, 0.0), [255, 221, 0]),
            (cmyk(0.0, 0.0, 0.0, 50.0), [157, 157, 156]),
            (cmyk(40.0, 0.0, 0.0, 0.0), [161, 218, 248]),
            (cmyk(60.0, 40.0, 40.0, 100.0), [2, 9, 9]),
        ];
        assert!(press_table().is_some(), "the profile's A2B1 table is read");
        for (c, expected) in reference {
            let got = screen_rgb(c).map(|v| (v * 255.0).round() as i32);
            for (g, e) in got.iter().zip(expected) {
                assert!(
                    (g - e).abs() <= 4,
                    "{c:?}: {got:?}, Ghostscript {expected:?}"
                );
            }
        }
    }
}
