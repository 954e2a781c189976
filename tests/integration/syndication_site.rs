//! The test site of tests/integration/calendar.rs and feeds.rs: the common fixture
//! plus a weekly activity across the October clock change (with an Arabic
//! translation long enough to fold), a monthly one, a cancelled event, a
//! winter event in another area, one already over, and text that needs
//! escaping everywhere.

use whatson::output::SiteFiles;
use whatson::Now;

use crate::common::{show, TestSite};

/// 09:00 BST, i.e. 08:00 UTC.
pub const NOW: &str = "2026-09-01 09:00";

pub const ARABIC_TITLE: &str =
    "لعب وغناء للأطفال الصغار وأهاليهم في مركز الأطفال، كل أسبوع ما عدا العطل";

pub fn site() -> TestSite {
    let t = TestSite::new();
    t.write(
        "content/venues/stockwell-hall.yaml",
        "name: Stockwell Community Hall\naddress: 2 Lingham Street, London\npostcode: SW9 9HF\narea: Stockwell\n",
    );
    t.write(
        "content/events/stay-and-play.md",
        "---\ntitle: Stay and Play\nsummary: \"Bring: a towel; snacks,\\nwater \\\\ and a smile\"\nvenue: myatts-fields-park\nstarts: 2026-09-08 10:00\nends: 2026-09-08 11:30\nrepeats:\n  every: week\n  until: 2026-12-15\n  except: [2026-10-27, 2026-12-01]\nages: 0-4\ncost: free\ndrop_in: true\n---\nToys and songs.\n",
    );
    t.write(
        "content/events/stay-and-play.ar.md",
        &format!("---\ntitle: {ARABIC_TITLE}\n---\nألعاب وأغانٍ.\n"),
    );
    t.write(
        "content/events/book-talk.md",
        "---\ntitle: Book talk\nsummary: Choosing books for babies.\nvenue: myatts-fields-park\nstarts: 2026-09-08 18:00\nduration: 1h\nrepeats:\n  every: month\n  until: 2027-01-12\ncost: free\ndrop_in: true\n---\n",
    );
    t.write(
        "content/events/disco.md",
        "---\ntitle: Toddler disco\nsummary: Bubbles and songs.\nvenue: stockwell-hall\nstarts: 2026-12-05 14:00\nends: 2026-12-05 15:30\ncost: free\nbooking: https://www.eventbrite.co.uk/e/555\ncancelled: true\n---\n",
    );
    t.write(
        "content/events/winter-walk.md",
        "---\ntitle: Fish & chips <picnic>\nsummary: \"A walk, then lunch </script><!-- not a comment\"\nvenue: stockwell-hall\nstarts: 2026-12-12 10:00\nends: 2026-12-12 11:00\ncost: £2.50\nbooking: https://www.eventbrite.co.uk/e/777\n---\n",
    );
    t.write(
        "content/events/gone.md",
        "---\ntitle: Already over\nsummary: It happened.\nvenue: stockwell-hall\nstarts: 2026-08-01 10:00\nends: 2026-08-01 11:00\ncost: free\ndrop_in: true\n---\n",
    );
    t
}

/// Builds `t` in memory as on `NOW`.
pub fn generate(t: &TestSite) -> SiteFiles {
    let (g, d) = whatson::generate(t.root(), Now::parse(NOW).unwrap());
    match g {
        Some(g) => g.files,
        None => panic!("the test site failed to build:\n{}", show(&d)),
    }
}

pub fn text(files: &SiteFiles, path: &str) -> String {
    let bytes = files
        .get(path)
        .unwrap_or_else(|| panic!("{path} was not made"));
    String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| panic!("{path} is not UTF-8"))
}
