namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>A temporary directory for hand-written <c>.pb</c> files; deleted on dispose.</summary>
internal sealed class TempPbFiles : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pabulib-tests-").FullName;

    /// <summary>Writes <paramref name="lines"/> (joined by CRLF, like the real files) to <paramref name="name"/>; returns the path.</summary>
    public string Write(string name, params string[] lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
