using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Ide;

/// <summary>
/// The installed Banana Cake Pop package (<see cref="IdeOptions.Path"/>). Whether it is installed is
/// checked on each use, so running <c>npm ci</c> after the API started needs no restart.
/// </summary>
internal sealed class IdePackage(IOptions<IdeOptions> options, IHostEnvironment environment)
{
    private PhysicalFileProvider? _files;

    /// <summary>The package folder as an absolute path.</summary>
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path));

    /// <summary>The package's files, or <see langword="null"/> while it is not installed.</summary>
    public IFileProvider? Files =>
        File.Exists(Path.Combine(Root, "index.html")) ? _files ??= new PhysicalFileProvider(Root) : null;

    /// <summary>What to tell a client when the package is missing.</summary>
    public string NotInstalledMessage =>
        $"The GraphQL IDE (Banana Cake Pop) is not installed: '{Root}' has no index.html. " +
        "Run `npm ci --prefix src/Api/Ide` in the repository, or point Ide:Path at the package folder.";
}
