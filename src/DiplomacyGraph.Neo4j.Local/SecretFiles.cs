namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// The instance's secrets readable by its owner only. The supervisor starts Neo4j with umask 077, so what the
/// server writes from then on is private; this also closes what an older start left open (Neo4j 3.1 writes
/// <c>data/dbms/auth</c>, the password hashes, with mode 644 under the usual umask).
/// </summary>
internal static class SecretFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    public static void RestrictToOwner(string instanceDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var dbms = Path.Combine(instanceDirectory, "data", "dbms");
        if (Directory.Exists(dbms))
        {
            File.SetUnixFileMode(dbms, OwnerFolder);
            foreach (var file in Directory.EnumerateFiles(dbms))
            {
                File.SetUnixFileMode(file, OwnerFile);
            }
        }

        var password = Path.Combine(instanceDirectory, "password");
        if (File.Exists(password))
        {
            File.SetUnixFileMode(password, OwnerFile);
        }
    }
}
