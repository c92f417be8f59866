//! Writing output files so that a reader never sees half of one: write a temporary file in the
//! same directory, then rename it over the target.

use std::io::{self, Write};
use std::path::Path;

/// Writes `path` through `fill`, which gets a buffered, seekable file; on any error no file (and
/// no temporary file) is left behind.
pub fn write_with(path: &Path, fill: impl FnOnce(&mut io::BufWriter<&mut std::fs::File>) -> io::Result<()>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::Builder::new().prefix(".tableread-").tempfile_in(dir)?;
    let mut permissions = file.as_file().metadata()?.permissions();
    {
        let mut writer = io::BufWriter::new(file.as_file_mut());
        fill(&mut writer)?;
        writer.flush()?;
    }
    // Temporary files are private (0600); the output is an ordinary file others may read.
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o644);
    file.as_file().set_permissions(permissions)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// Writes `bytes` to `path` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |out| out.write_all(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.txt");
        let err = write_with(&target, |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("boom"))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        write(&target, b"whole").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"whole");
    }
}
