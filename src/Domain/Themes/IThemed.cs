namespace Dialoogtafels.Domain.Themes;

/// <summary>
/// Content that editors tag with themes (stories, ideas, tables): a many-to-many link to
/// <see cref="Theme"/> through a link table of its own (<c>story_themes</c>, <c>idea_themes</c>,
/// <c>table_themes</c>).
/// </summary>
public interface IThemed
{
    /// <summary>The themes of the item; loaded only when the query includes them.</summary>
    List<Theme> Themes { get; }
}
