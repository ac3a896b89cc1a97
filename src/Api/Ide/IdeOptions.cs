namespace Dialoogtafels.Api.Ide;

/// <summary>Where the Banana Cake Pop package is installed; bound from the configuration section <c>Ide</c>.</summary>
public sealed class IdeOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Ide";

    /// <summary>The package folder below the content root that <c>npm ci --prefix src/Api/Ide</c> fills.</summary>
    public const string DefaultPath = "Ide/node_modules/@chillicream/bananacakepop-graphql-ide";

    /// <summary>
    /// <c>Ide:Path</c>: the folder of the installed npm package <c>@chillicream/bananacakepop-graphql-ide</c>
    /// (the one holding <c>index.html</c>, <c>static/</c> and <c>LICENSE</c>), absolute or relative to the
    /// content root (<c>src/Api</c> when the API runs). Default <see cref="DefaultPath"/>.
    /// </summary>
    public string Path { get; set; } = DefaultPath;
}
