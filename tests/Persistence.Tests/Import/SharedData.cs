namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>The shared real-data folder next to the repository (never copied into it).</summary>
internal static class SharedData
{
    /// <summary>Ideas in all files of <see cref="PabulibFolder"/> together.</summary>
    public const int PabulibIdeaCount = 1064;

    /// <summary>Files in <see cref="PabulibFolder"/>.</summary>
    public const int PabulibFileCount = 35;

    /// <summary>
    /// <c>../shared/data/pabulib-nl</c> relative to the repository root, the first directory above
    /// <see cref="AppContext.BaseDirectory"/> that holds <c>Dialoogtafels.sln</c>.
    /// </summary>
    public static string PabulibFolder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "pabulib-nl"));

    /// <summary>The <c>.pb</c> files of <see cref="PabulibFolder"/>, sorted by name.</summary>
    public static IReadOnlyList<string> PabulibFiles() =>
        Directory.GetFiles(PabulibFolder, "*.pb").Order(StringComparer.Ordinal).ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dialoogtafels.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException($"No directory above {AppContext.BaseDirectory} holds Dialoogtafels.sln.");
    }
}
