/// Appends `name` in kebab case: `removeDepartmentMembers` → `remove-department-members`.
/// (Shared by `build.rs`, which writes a derivable path as `~`, and the table's parser.)
fn push_kebab(name: &str, out: &mut String) {
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
}
