// Being written: the criterion benchmark of whole-site builds.
fn main() {}
