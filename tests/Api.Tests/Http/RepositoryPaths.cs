using System.Runtime.CompilerServices;

namespace Dialoogtafels.Api.Tests.Http;

/// <summary>Folders of the repository, found from the test binaries (or, failing that, from this source file).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The API project: its content root when it runs, where the IDE package is installed.</summary>
    public static string ApiProject => Path.Combine(Root, "src", "Api");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dialoogtafels.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Dialoogtafels.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
