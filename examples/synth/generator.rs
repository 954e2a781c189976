//! A synthetic whatson site: content that follows the content contract
//! (docs/content-format.md) at any size, for benchmarks and load tests.
//!
//! Shared by `examples/synth.rs` (the command line) and `benches/build.rs`.
//! Deterministic: the same [`Options`] always give byte-identical files.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::{Date, Weekday};
use jiff::Span;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of events (one-off and repeating, festival events included).
    pub events: usize,
    /// Number of site languages, taken in order from [`LANGUAGES`] (1 to 10).
    pub languages: usize,
    /// Number of venues; `None` means max(8, events / 50).
    pub venues: Option<usize>,
    /// Number of festivals.
    pub festivals: usize,
    /// Seed of the random numbers.
    pub seed: u64,
}

impl Options {
    pub fn new(events: usize, languages: usize) -> Options {
        Options {
            events,
            languages,
            venues: None,
            festivals: 3,
            seed: 1,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub root: PathBuf,
    pub languages: Vec<&'static str>,
    pub venues: usize,
    pub festivals: usize,
    pub events: usize,
    pub repeating: usize,
    pub festival_events: usize,
    pub translations: usize,
    pub files: usize,
    pub bytes: u64,
    /// Languages with no `locales/<lang>.ftl` in the repository (not copied).
    pub missing_locales: Vec<&'static str>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} events ({} repeating, {} in {} festivals), {} venues, {} event translations, \
             languages [{}]; {} files, {:.1} MB",
            self.root.display(),
            self.events,
            self.repeating,
            self.festival_events,
            self.festivals,
            self.venues,
            self.translations,
            self.languages.join(", "),
            self.files,
            self.bytes as f64 / 1e6,
        )?;
        if !self.missing_locales.is_empty() {
            write!(
                f,
                " (no locales/*.ftl in the repository for: {})",
                self.missing_locales.join(", ")
            )?;
        }
        Ok(())
    }
}

/// The first day of the generated listings; one-off events fill 18 months from it.
const FIRST_DAY: Date = jiff::civil::date(2026, 11, 1);
/// Days in the 18 months from [`FIRST_DAY`] (to 2028-04-30 inclusive).
const SPAN_DAYS: i64 = 547;

const AREAS: [&str; 4] = ["Coldharbour", "Stockwell", "Tulse Hill", "Vassall"];

/// Every language the generator can write, in the order they are chosen.
pub const LANGUAGES: [&Lang; 10] = [&EN, &PT, &ES, &PL, &FR, &IT, &SO, &AR, &AM, &TI];

/// The words of one language: activity kinds and themes make titles.
pub struct Lang {
    pub code: &'static str,
    pub name: &'static str,
    kinds: [&'static str; 8],
    themes: [&'static str; 6],
    summaries: [&'static str; 2],
    access: [&'static str; 2],
    body: &'static str,
}

const EN: Lang = Lang {
    code: "en",
    name: "English",
    kinds: [
        "Stay and Play",
        "Baby Rhyme Time",
        "Messy Play",
        "Story Time",
        "Toddler Music",
        "Outdoor Play",
        "Family Cooking",
        "Arts and Crafts",
    ],
    themes: [
        "Autumn Leaves",
        "Under the Sea",
        "Dinosaurs",
        "Space",
        "Minibeasts",
        "Colours",
    ],
    summaries: [
        "Songs, games and toys for babies and toddlers, with a cup of tea for grown-ups.",
        "A relaxed session for young children and the adults who look after them.",
    ],
    access: [
        "Step-free entrance. Accessible toilet with baby changing.",
        "Two steps at the door; a ramp is available on request. Buggy park inside.",
    ],
    body: "Come along with your little ones and try something new together.\n\n\
           - Wear clothes that can get messy.\n\
           - Bring a drink of water for each child.\n\n\
           Everyone is welcome. Ask a member of staff if you need help.\n",
};

const PT: Lang = Lang {
    code: "pt",
    name: "Português",
    kinds: [
        "Brincar em Família",
        "Rimas para Bebés",
        "Brincadeira Sensorial",
        "Hora do Conto",
        "Música para os Pequenos",
        "Brincar ao Ar Livre",
        "Cozinhar em Família",
        "Artes e Trabalhos Manuais",
    ],
    themes: [
        "Folhas de Outono",
        "No Fundo do Mar",
        "Dinossauros",
        "O Espaço",
        "Bichinhos",
        "Cores",
    ],
    summaries: [
        "Canções, jogos e brinquedos para bebés e crianças pequenas, com um chá para os adultos.",
        "Uma sessão tranquila para crianças pequenas e os adultos que cuidam delas.",
    ],
    access: [
        "Entrada sem degraus. Casa de banho acessível com fraldário.",
        "Dois degraus à porta; há uma rampa se pedir. Lugar para carrinhos lá dentro.",
    ],
    body: "Venha com os seus pequenos e experimentem algo novo juntos.\n\n\
           - Vista roupa que se possa sujar.\n\
           - Traga água para cada criança.\n\n\
           Todos são bem-vindos. Peça ajuda a um membro da equipa se precisar.\n",
};

const ES: Lang = Lang {
    code: "es",
    name: "Español",
    kinds: [
        "Juego en familia",
        "Rimas para bebés",
        "Juego sensorial",
        "Hora del cuento",
        "Música para peques",
        "Juego al aire libre",
        "Cocina en familia",
        "Manualidades",
    ],
    themes: [
        "Hojas de otoño",
        "Bajo el mar",
        "Dinosaurios",
        "El espacio",
        "Bichitos",
        "Colores",
    ],
    summaries: [
        "Canciones, juegos y juguetes para bebés y niños pequeños, con un té para los adultos.",
        "Una sesión tranquila para niños pequeños y los adultos que los cuidan.",
    ],
    access: [
        "Entrada sin escalones. Baño accesible con cambiador.",
        "Dos escalones en la puerta; hay una rampa si la pide. Aparcamiento de carritos dentro.",
    ],
    body: "Venga con sus peques y prueben algo nuevo juntos.\n\n\
           - Traiga ropa que se pueda manchar.\n\
           - Traiga agua para cada niño.\n\n\
           Todos son bienvenidos. Pida ayuda al personal si la necesita.\n",
};

const PL: Lang = Lang {
    code: "pl",
    name: "Polski",
    kinds: [
        "Wspólna zabawa",
        "Rymowanki dla niemowląt",
        "Zabawy sensoryczne",
        "Czas na bajkę",
        "Muzyka dla maluchów",
        "Zabawa na świeżym powietrzu",
        "Rodzinne gotowanie",
        "Zajęcia plastyczne",
    ],
    themes: [
        "Jesienne liście",
        "Pod wodą",
        "Dinozaury",
        "Kosmos",
        "Robaczki",
        "Kolory",
    ],
    summaries: [
        "Piosenki, zabawy i zabawki dla niemowląt i maluchów, a dla dorosłych herbata.",
        "Spokojne zajęcia dla małych dzieci i dorosłych, którzy się nimi opiekują.",
    ],
    access: [
        "Wejście bez stopni. Toaleta dla osób z niepełnosprawnościami z przewijakiem.",
        "Dwa stopnie przy drzwiach; na prośbę rozkładamy rampę. Miejsce na wózki w środku.",
    ],
    body: "Przyjdź z maluchem i spróbujcie razem czegoś nowego.\n\n\
           - Ubierz dziecko w rzeczy, które mogą się pobrudzić.\n\
           - Weź wodę do picia dla każdego dziecka.\n\n\
           Wszyscy są mile widziani. Jeśli potrzebujesz pomocy, zapytaj kogoś z obsługi.\n",
};

const FR: Lang = Lang {
    code: "fr",
    name: "Français",
    kinds: [
        "Jeux en famille",
        "Comptines pour bébés",
        "Jeux sensoriels",
        "L'heure du conte",
        "Éveil musical",
        "Jeux en plein air",
        "Cuisine en famille",
        "Arts plastiques",
    ],
    themes: [
        "Feuilles d'automne",
        "Sous la mer",
        "Dinosaures",
        "L'espace",
        "Petites bêtes",
        "Couleurs",
    ],
    summaries: [
        "Chansons, jeux et jouets pour les bébés et les tout-petits, avec un thé pour les adultes.",
        "Une séance détendue pour les jeunes enfants et les adultes qui s'en occupent.",
    ],
    access: [
        "Entrée de plain-pied. Toilettes accessibles avec table à langer.",
        "Deux marches à l'entrée ; une rampe est disponible sur demande. Parking à poussettes à l'intérieur.",
    ],
    body: "Venez avec vos petits et essayez quelque chose de nouveau ensemble.\n\n\
           - Prévoyez des vêtements qui peuvent se salir.\n\
           - Apportez de l'eau pour chaque enfant.\n\n\
           Tout le monde est le bienvenu. Demandez à l'équipe si vous avez besoin d'aide.\n",
};

const IT: Lang = Lang {
    code: "it",
    name: "Italiano",
    kinds: [
        "Gioco insieme",
        "Filastrocche per neonati",
        "Gioco sensoriale",
        "L'ora della fiaba",
        "Musica per piccoli",
        "Gioco all'aperto",
        "Cucina in famiglia",
        "Arte e lavoretti",
    ],
    themes: [
        "Foglie d'autunno",
        "Sotto il mare",
        "Dinosauri",
        "Lo spazio",
        "Piccoli insetti",
        "Colori",
    ],
    summaries: [
        "Canzoni, giochi e giocattoli per neonati e bambini piccoli, con un tè per gli adulti.",
        "Un incontro tranquillo per bambini piccoli e gli adulti che se ne prendono cura.",
    ],
    access: [
        "Ingresso senza gradini. Bagno accessibile con fasciatoio.",
        "Due gradini all'ingresso; rampa disponibile su richiesta. Parcheggio passeggini all'interno.",
    ],
    body: "Vieni con i tuoi piccoli e provate insieme qualcosa di nuovo.\n\n\
           - Metti vestiti che si possono sporcare.\n\
           - Porta dell'acqua per ogni bambino.\n\n\
           Tutti sono benvenuti. Chiedi al personale se hai bisogno di aiuto.\n",
};

const SO: Lang = Lang {
    code: "so",
    name: "Soomaali",
    kinds: [
        "Ciyaar qoys",
        "Heesaha ilmaha yaryar",
        "Ciyaar dareen",
        "Waqtiga sheekada",
        "Muusig carruureed",
        "Ciyaar banaanka ah",
        "Karis qoys",
        "Farshaxan iyo gacan-qabad",
    ],
    themes: [
        "Caleemaha dayrta",
        "Badda hoosteeda",
        "Dinosoorada",
        "Hawada sare",
        "Cayayaanka yaryar",
        "Midabada",
    ],
    summaries: [
        "Heeso, ciyaaro iyo alaab lagu ciyaaro oo loogu talagalay ilmaha yaryar, iyo shaah dadka waaweyn.",
        "Kulan deggan oo loogu talagalay carruurta yaryar iyo dadka waaweyn ee daryeela.",
    ],
    access: [
        "Albaab aan jaranjaro lahayn. Musqul la geli karo oo leh meel xafaayad lagu beddelo.",
        "Laba jaranjaro ayaa albaabka ku yaal; jiid ayaa la heli karaa haddii la codsado.",
    ],
    body: "La kaalay carruurtaada oo wax cusub wada isku daya.\n\n\
           - Xidho dhar wasakoobi kara.\n\
           - Keen biyo ilmo kasta.\n\n\
           Qof walba waa soo dhowaan yahay. Weydii shaqaalaha haddii aad caawimo u baahato.\n",
};

const AR: Lang = Lang {
    code: "ar",
    name: "العربية",
    kinds: [
        "اللعب معًا",
        "أناشيد للرضع",
        "لعب حسي",
        "وقت الحكاية",
        "موسيقى للصغار",
        "لعب في الهواء الطلق",
        "الطبخ مع العائلة",
        "فنون وأشغال يدوية",
    ],
    themes: [
        "أوراق الخريف",
        "تحت البحر",
        "الديناصورات",
        "الفضاء",
        "الحشرات الصغيرة",
        "الألوان",
    ],
    summaries: [
        "أغانٍ وألعاب ودمى للرضع والأطفال الصغار، مع كوب شاي للكبار.",
        "جلسة هادئة للأطفال الصغار والكبار الذين يعتنون بهم.",
    ],
    access: [
        "مدخل بلا درج. دورة مياه مهيأة مع مكان لتغيير الحفاضات.",
        "درجتان عند الباب، ويتوفر منحدر عند الطلب. مكان لعربات الأطفال في الداخل.",
    ],
    body: "تعالوا مع صغاركم وجربوا شيئًا جديدًا معًا.\n\n\
           - البسوا ملابس لا بأس أن تتسخ.\n\
           - أحضروا ماء لكل طفل.\n\n\
           الجميع مرحَّب بهم. اسألوا أحد الموظفين إذا احتجتم إلى مساعدة.\n",
};

const AM: Lang = Lang {
    code: "am",
    name: "አማርኛ",
    kinds: [
        "የቤተሰብ ጨዋታ",
        "የሕፃናት ዜማ",
        "የስሜት ጨዋታ",
        "የተረት ሰዓት",
        "ሙዚቃ ለትናንሽ ልጆች",
        "የውጪ ጨዋታ",
        "የቤተሰብ ምግብ ማብሰል",
        "ሥነ ጥበብና የእጅ ሥራ",
    ],
    themes: [
        "የበልግ ቅጠሎች",
        "ከባሕር በታች",
        "ዳይኖሰሮች",
        "ጠፈር",
        "ትናንሽ ነፍሳት",
        "ቀለሞች",
    ],
    summaries: [
        "ለሕፃናትና ለትናንሽ ልጆች መዝሙሮች፣ ጨዋታዎችና መጫወቻዎች፣ ለአዋቂዎች ደግሞ ሻይ።",
        "ለትናንሽ ልጆችና ለሚንከባከቧቸው አዋቂዎች የተረጋጋ ክፍለ ጊዜ።",
    ],
    access: [
        "ደረጃ የሌለው መግቢያ። የሕፃን ዳይፐር መቀየሪያ ያለው ተደራሽ መጸዳጃ ቤት።",
        "በበሩ ላይ ሁለት ደረጃዎች አሉ፤ ሲጠየቅ መወጣጫ ይቀርባል። በውስጥ የጋሪ ማቆሚያ አለ።",
    ],
    body: "ከትናንሽ ልጆችዎ ጋር ይምጡና አዲስ ነገር አብራችሁ ሞክሩ።\n\n\
           - ሊቆሽሽ የሚችል ልብስ ይልበሱ።\n\
           - ለእያንዳንዱ ልጅ ውሃ ይዘው ይምጡ።\n\n\
           ሁሉም እንኳን ደህና መጡ። እርዳታ ከፈለጉ ሠራተኞችን ይጠይቁ።\n",
};

const TI: Lang = Lang {
    code: "ti",
    name: "ትግርኛ",
    kinds: [
        "ናይ ስድራ ጸወታ",
        "ደርፍታት ንህጻናት",
        "ናይ ስምዒት ጸወታ",
        "ግዜ ዛንታ",
        "ሙዚቃ ንንኣሽቱ",
        "ጸወታ ኣብ ደገ",
        "ናይ ስድራ ምግቢ ምድላው",
        "ስነ-ጥበብን ኢደ-ጥበብን",
    ],
    themes: ["ቆጽሊ ቀውዒ", "ትሕቲ ባሕሪ", "ዳይኖሰራት", "ጠፈር", "ናእሽቱ ሓሸራታት", "ሕብርታት"],
    summaries: [
        "ንህጻናትን ንኣሽቱ ቆልዑን ደርፍታት፣ ጸወታታትን መጻወቲ ኣቕሑን፣ ንዓበይቲ ድማ ሻሂ።",
        "ንኣሽቱ ቆልዑን ንዝከናኸንዎም ዓበይትን ህዱእ ግዜ።",
    ],
    access: [
        "ደረጃ ዘይብሉ መእተዊ። ናይ ህጻን ዳይፐር መቐየሪ ዘለዎ ተበጻሒ ሽቓቕ።",
        "ኣብ ማዕጾ ክልተ ደረጃታት ኣለዉ፤ ምስ ተሓተ መደይቦ ይቐርብ።",
    ],
    body: "ምስ ንኣሽቱ ቆልዑኹም ንዑን ሓድሽ ነገር ብሓባር ፈትኑን።\n\n\
           - ክርሳሕ ዝኽእል ክዳን ተኸደኑ።\n\
           - ንነፍሲ ወከፍ ቆልዓ ማይ ሒዝኩም ንዑ።\n\n\
           ኩሉ ሰብ እንቋዕ ብደሓን መጻ። ሓገዝ እንተደሊኹም ሰራሕተኛታት ሕተቱ።\n",
};

const VENUE_PLACES: [&str; 12] = [
    "Brixton",
    "Stockwell",
    "Loughborough",
    "Tulse Hill",
    "Vassall",
    "Myatt's Fields",
    "Coldharbour",
    "Angell Town",
    "Slade Gardens",
    "Max Roach",
    "Larkhall",
    "Brockwell",
];
const VENUE_KINDS: [&str; 7] = [
    "Library",
    "Children's Centre",
    "Community Hall",
    "Park",
    "Adventure Playground",
    "Family Hub",
    "Leisure Centre",
];
const STREETS: [&str; 8] = [
    "Cormont Road",
    "Brixton Hill",
    "Stockwell Road",
    "Railton Road",
    "Mostyn Road",
    "Angell Road",
    "Loughborough Road",
    "Tulse Hill",
];
const POSTCODES: [&str; 4] = ["SW9", "SE5", "SE24", "SW2"];

const FESTIVAL_NAMES: [&str; 8] = [
    "Winter Warmers",
    "Spring Into Stories",
    "Summer Festival of Family Fun",
    "Autumn Lanterns",
    "Home From Home",
    "Once Upon a Story",
    "Little Explorers",
    "Music Makers",
];

const TAGS: [&str; 10] = [
    "outdoor", "active", "music", "craft", "stories", "food", "baby", "sensory", "health",
    "culture",
];
/// Languages sessions are run in, besides English (any codes, not only the site's).
const SPOKEN: [&str; 12] = [
    "pt", "so", "es", "ar", "pl", "fr", "tw", "yo", "bn", "tr", "am", "ti",
];
const AGES: [&str; 8] = ["0-4", "0-1", "2-3", "bump", "bump-1", "0-5", "3-4", "1-4"];
const COSTS: [&str; 4] = ["£1", "£2", "£3.50", "£5"];
const START_TIMES: [&str; 8] = [
    "09:30", "10:00", "10:30", "11:00", "13:00", "13:30", "14:00", "15:30",
];
/// (as written for `duration`, minutes)
const DURATIONS: [(&str, i64); 5] = [
    ("45m", 45),
    ("1h", 60),
    ("90m", 90),
    ("2h", 120),
    ("1h30m", 90),
];

/// splitmix64: tiny, fast and good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / ((1u64 << 53) as f64) < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn add_days(d: Date, days: i64) -> Date {
    d.checked_add(Span::new().days(days))
        .expect("date in range")
}

/// YAML double-quoted string (titles may hold `:`).
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Contrast of a colour against black and white (WCAG), the better of the two.
fn best_contrast(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
    ((l + 0.05) / 0.05).max(1.05 / (l + 0.05))
}

/// A colour that black or white text reads well on (at least 4.5:1, with margin).
fn colour(rng: &mut Rng) -> String {
    loop {
        let rgb = [
            rng.below(256) as u8,
            rng.below(256) as u8,
            rng.below(256) as u8,
        ];
        if best_contrast(rgb) >= 5.0 {
            return format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
        }
    }
}

/// The `nth` (1–4) `weekday` of the month that starts at `first`.
fn nth_weekday(first: Date, weekday: Weekday, nth: i64) -> Date {
    let ahead = (i64::from(weekday.to_monday_zero_offset())
        - i64::from(first.weekday().to_monday_zero_offset()))
    .rem_euclid(7);
    add_days(first, ahead + 7 * (nth - 1))
}

struct Festival {
    id: String,
    starts: Date,
    ends: Date,
}

struct Writer {
    root: PathBuf,
    files: usize,
    bytes: u64,
}

impl Writer {
    fn write(&mut self, rel: &str, text: &str) -> io::Result<()> {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, text)?;
        self.files += 1;
        self.bytes += text.len() as u64;
        Ok(())
    }

    fn copy(&mut self, from: &Path, rel: &Path) -> io::Result<()> {
        let to = self.root.join(rel);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)?;
        }
        self.bytes += fs::copy(from, &to)?;
        self.files += 1;
        Ok(())
    }
}

/// Writes a complete site folder (content/, locales/, themes/default/) at `root`.
/// Any content/, locales/ and themes/ already there are replaced; other files
/// (a previous build's public/, the print cache) are left alone.
pub fn write_site(opts: &Options, root: &Path) -> io::Result<Summary> {
    if opts.languages == 0 || opts.languages > LANGUAGES.len() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("languages must be 1 to {}", LANGUAGES.len()),
        ));
    }
    for sub in ["content", "locales", "themes"] {
        let p = root.join(sub);
        if p.exists() {
            fs::remove_dir_all(&p)?;
        }
    }
    let langs = &LANGUAGES[..opts.languages];
    let mut rng = Rng(opts.seed);
    let mut w = Writer {
        root: root.to_path_buf(),
        files: 0,
        bytes: 0,
    };
    let mut summary = Summary {
        root: root.to_path_buf(),
        languages: langs.iter().map(|l| l.code).collect(),
        events: opts.events,
        ..Summary::default()
    };

    // site.yaml
    let mut site = String::from(
        "# Synthetic site written by `cargo run --example synth`.\n\
         title: What's On\n\
         base_url: https://whatson.example.org\n\
         timezone: Europe/London\n\
         default_language: en\n\
         languages:\n",
    );
    for l in langs {
        site.push_str(&format!("  - {{ code: {}, name: {} }}\n", l.code, l.name));
    }
    site.push_str(
        "areas: [Coldharbour, Stockwell, Tulse Hill, Vassall]\n\
         theme: default\n\
         booking_tracking:\n  utm_source: leaflet\n  utm_medium: qr\n",
    );
    w.write("content/site.yaml", &site)?;

    // Venues, spread evenly over the four areas.
    let n_venues = opts.venues.unwrap_or((opts.events / 50).max(8)).max(1);
    let mut venues = Vec::with_capacity(n_venues);
    for i in 0..n_venues {
        let name = format!(
            "{} {}",
            VENUE_PLACES[i % VENUE_PLACES.len()],
            VENUE_KINDS[(i / VENUE_PLACES.len() + i) % VENUE_KINDS.len()]
        );
        let id = format!("{}-{}", slug(&name), i + 1);
        let text = format!(
            "name: {}\naddress: {} {}, London\npostcode: {} {}{}{}\narea: {}\n\
             location: [{:.4}, {:.4}]\naccessibility: {}\n",
            q(&name),
            rng.range(1, 240),
            rng.pick(&STREETS),
            rng.pick(&POSTCODES),
            rng.range(1, 9),
            (b'A' + rng.below(26) as u8) as char,
            (b'A' + rng.below(26) as u8) as char,
            AREAS[i % AREAS.len()],
            51.455 + rng.range(0, 250) as f64 / 10_000.0,
            -0.125 + rng.range(0, 300) as f64 / 10_000.0,
            rng.pick(&EN.access),
        );
        w.write(&format!("content/venues/{id}.yaml"), &text)?;
        venues.push(id);
    }
    summary.venues = n_venues;

    // Festivals, spaced over the 18 months, each two to six weeks long.
    let mut festivals = Vec::with_capacity(opts.festivals);
    for i in 0..opts.festivals {
        let name = FESTIVAL_NAMES[i % FESTIVAL_NAMES.len()];
        let slot = SPAN_DAYS / opts.festivals as i64;
        let starts = add_days(FIRST_DAY, slot * i as i64 + rng.range(0, (slot / 3).max(1)));
        let ends = add_days(starts, rng.range(14, 42)).min(add_days(FIRST_DAY, SPAN_DAYS - 1));
        let id = format!("{}-{}-{}", slug(name), starts.year(), i + 1);
        let text = format!(
            "---\ntitle: {} {}\nsummary: {}\nstarts: {starts}\nends: {ends}\nlook:\n  \
             primary: \"{}\"\n  accent: \"{}\"\n---\n\
             A festival of free and low-cost family events across the four areas.\n\n\
             - Look out for the **flagship** events.\n\
             - Most events are free; some need booking.\n",
            name,
            starts.year(),
            q("Weeks of family fun for babies, toddlers and their grown-ups."),
            colour(&mut rng),
            colour(&mut rng),
        );
        w.write(&format!("content/festivals/{id}.md"), &text)?;
        festivals.push(Festival { id, starts, ends });
    }
    summary.festivals = festivals.len();

    // About 15% repeat; festival events at most 30 per festival, about 15% overall.
    let n_repeating = opts.events * 15 / 100;
    let per_festival = if festivals.is_empty() {
        0
    } else {
        (opts.events * 15 / 100 / festivals.len()).clamp(2, 30)
    };
    let n_festival_events = (per_festival * festivals.len()).min(opts.events - n_repeating);
    let mut n_translations = 0;
    for i in 0..opts.events {
        let kind = rng.below(EN.kinds.len());
        let theme = rng.below(EN.themes.len());
        let summary_i = rng.below(EN.summaries.len());
        let access_i = rng.below(EN.access.len());
        let title = format!("{}: {}", EN.kinds[kind], EN.themes[theme]);
        let id = format!("{}-{}", slug(&title), i + 1);
        let venue = &venues[rng.below(venues.len())];
        let mut fm = format!(
            "---\ntitle: {}\nsummary: {}\nvenue: {venue}\n",
            q(&title),
            q(EN.summaries[summary_i])
        );
        let folder;
        let mut festival_event = false;
        let start_time = *rng.pick(&START_TIMES);
        let (dur_text, dur_min) = *rng.pick(&DURATIONS);
        if i < n_repeating {
            // A regular activity.
            folder = "regular".to_owned();
            let every = match rng.below(10) {
                0..=5 => "week",
                6 | 7 => "2 weeks",
                _ => "month",
            };
            // Day of month ≤ 28 keeps monthly sessions on the 1st–4th weekday.
            let mut first = add_days(jiff::civil::date(2026, 9, 1), rng.range(0, 420));
            if first.day() > 28 {
                first = add_days(first, -7);
            }
            let until = add_days(first, rng.range(90, 365)).min(jiff::civil::date(2028, 4, 30));
            fm.push_str(&format!("starts: {first} {start_time}\n"));
            if rng.chance(0.5) {
                fm.push_str(&format!("duration: {dur_text}\n"));
            } else {
                fm.push_str(&format!(
                    "ends: {first} {}\n",
                    end_time(start_time, dur_min)
                ));
            }
            // Except: real session dates (half term, closures).
            let sessions: Vec<Date> = match every {
                "month" => {
                    let nth = i64::from((first.day() - 1) / 7 + 1);
                    let mut v = Vec::new();
                    let mut m = first.first_of_month();
                    while m <= until {
                        let d = nth_weekday(m, first.weekday(), nth);
                        if d >= first && d <= until {
                            v.push(d);
                        }
                        m = m.checked_add(Span::new().months(1)).expect("month");
                    }
                    v
                }
                _ => {
                    let step = if every == "week" { 7 } else { 14 };
                    let mut v = Vec::new();
                    let mut d = first;
                    while d <= until {
                        v.push(d);
                        d = add_days(d, step);
                    }
                    v
                }
            };
            let mut except: Vec<Date> = Vec::new();
            if sessions.len() > 3 {
                for _ in 0..rng.below(3) {
                    let d = sessions[1 + rng.below(sessions.len() - 2)];
                    if !except.contains(&d) {
                        except.push(d);
                    }
                }
            }
            except.sort();
            fm.push_str(&format!("repeats:\n  every: {every}\n  until: {until}\n"));
            if !except.is_empty() {
                let list: Vec<String> = except.iter().map(Date::to_string).collect();
                fm.push_str(&format!("  except: [{}]\n", list.join(", ")));
            }
            summary.repeating += 1;
        } else {
            let festival = if i < n_repeating + n_festival_events {
                let f = &festivals[(i - n_repeating) / per_festival.max(1) % festivals.len()];
                festival_event = true;
                fm.push_str(&format!("festival: {}\n", f.id));
                if (i - n_repeating).is_multiple_of(per_festival.max(1)) {
                    fm.push_str("flagship: true\n");
                }
                Some(f)
            } else {
                None
            };
            let day = match festival {
                Some(f) => add_days(
                    f.starts,
                    rng.range(0, (f.ends - f.starts).get_days().into()),
                ),
                None => add_days(FIRST_DAY, rng.range(0, SPAN_DAYS - 1)),
            };
            folder = match festival {
                Some(f) => f.id.clone(),
                None => day.year().to_string(),
            };
            if rng.chance(0.08) {
                // All day, sometimes over a weekend.
                fm.push_str(&format!("starts: {day}\n"));
                if rng.chance(0.3) {
                    fm.push_str(&format!("ends: {}\n", add_days(day, rng.range(1, 2))));
                }
            } else {
                fm.push_str(&format!("starts: {day} {start_time}\n"));
                if rng.chance(0.5) {
                    fm.push_str(&format!("duration: {dur_text}\n"));
                } else {
                    fm.push_str(&format!("ends: {day} {}\n", end_time(start_time, dur_min)));
                }
            }
            if rng.chance(0.01) {
                fm.push_str("cancelled: true\n");
            }
        }
        if rng.chance(0.85) {
            fm.push_str(&format!("ages: {}\n", rng.pick(&AGES)));
        }
        if festival_event || rng.chance(0.1) {
            fm.push_str("siblings_welcome: true\n");
        }
        if rng.chance(0.65) {
            fm.push_str("cost: free\n");
        } else {
            fm.push_str(&format!("cost: {}\n", rng.pick(&COSTS)));
        }
        if rng.chance(0.55) {
            fm.push_str(&format!(
                "booking: https://www.eventbrite.co.uk/e/{}\n",
                100_000_000_000 + rng.next() % 900_000_000_000
            ));
        } else {
            fm.push_str("drop_in: true\n");
        }
        let mut tags: Vec<&str> = (0..1 + rng.below(3)).map(|_| *rng.pick(&TAGS)).collect();
        tags.sort();
        tags.dedup();
        fm.push_str(&format!("tags: [{}]\n", tags.join(", ")));
        let mut spoken = vec!["en"];
        for _ in 0..rng.below(3) {
            let l = *rng.pick(&SPOKEN);
            if !spoken.contains(&l) {
                spoken.push(l);
            }
        }
        fm.push_str(&format!("spoken_languages: [{}]\n", spoken.join(", ")));
        fm.push_str(&format!("accessibility: {}\n---\n", q(EN.access[access_i])));
        fm.push_str(&format!(
            "This session's theme is **{}**.\n\n{}",
            EN.themes[theme], EN.body
        ));
        w.write(&format!("content/events/{folder}/{id}.md"), &fm)?;
        if festival_event {
            summary.festival_events += 1;
        }

        // Translations: about 70% of events into each other language.
        for l in &langs[1..] {
            if !rng.chance(0.7) {
                continue;
            }
            let text = format!(
                "---\ntitle: {}\nsummary: {}\naccessibility: {}\n---\n**{}**\n\n{}",
                q(&format!("{}: {}", l.kinds[kind], l.themes[theme])),
                q(l.summaries[summary_i]),
                q(l.access[access_i]),
                l.themes[theme],
                l.body
            );
            w.write(
                &format!("content/events/{folder}/{id}.{}.md", l.code),
                &text,
            )?;
            n_translations += 1;
        }
    }
    summary.translations = n_translations;

    // Plain pages and a QR sheet, as every real site has them.
    w.write(
        "content/pages/about.md",
        "---\ntitle: About us\nsummary: Who runs these events, and why.\n---\n\
         We are the family services of four neighbourhoods. Most of what we run is free.\n",
    )?;
    w.write(
        "content/pages/how-to-book.md",
        "---\ntitle: How to book\n---\n\
         Press **Book** on an event's page. Drop-in sessions need no booking: just come.\n",
    )?;
    w.write(
        "content/qr-sheets/useful-links.yaml",
        concat!(
            "title: Useful links for families\n",
            "links:\n",
            "  - label: Apply for a free nursery place for two-year-olds\n",
            "    url: https://www.example.gov.uk/two-year-olds\n",
            "  - label: Healthy Start card\n",
            "    url: https://www.healthystart.nhs.uk/\n",
        ),
    )?;

    // Interface strings and the theme, from the repository.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for l in langs {
        let ftl = repo.join("locales").join(format!("{}.ftl", l.code));
        if ftl.is_file() {
            w.copy(&ftl, &Path::new("locales").join(format!("{}.ftl", l.code)))?;
        } else {
            summary.missing_locales.push(l.code);
        }
    }
    let theme = repo.join("themes/default");
    for entry in walkdir::WalkDir::new(&theme).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(repo)
                .expect("inside the repository");
            w.copy(entry.path(), rel)?;
        }
    }

    summary.files = w.files;
    summary.bytes = w.bytes;
    Ok(summary)
}

/// `HH:MM` plus `minutes` (sessions end the same day).
fn end_time(start: &str, minutes: i64) -> String {
    let h: i64 = start[..2].parse().expect("hour");
    let m: i64 = start[3..].parse().expect("minute");
    let t = h * 60 + m + minutes;
    format!("{:02}:{:02}", t / 60, t % 60)
}
