namespace Dialoogtafels.Testing;

/// <summary>Locates the repository: the nearest folder above the test binaries that holds <c>Dialoogtafels.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>Absolute path of the repository root.</summary>
    /// <exception cref="DirectoryNotFoundException">When no parent folder holds the solution.</exception>
    public static string Path { get; } = Find();

    /// <summary>The shared data folder beside the repository (<c>../shared/data</c>).</summary>
    public static string SharedData => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "data"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dialoogtafels.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("Dialoogtafels.sln not found above " + AppContext.BaseDirectory);
    }
}
