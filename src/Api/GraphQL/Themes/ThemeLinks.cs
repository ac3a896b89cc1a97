using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>The themes of a story, idea or table (<see cref="IThemed"/>), as <c>assignThemes</c> and <c>unassignThemes</c> write them.</summary>
public static class ThemeLinks
{
    /// <summary>The link set; an unversioned write that loses a race is retried.</summary>
    public static LinkSet<IThemed, Theme> Themes { get; } = new(
        x => x.Themes, "themes", "assignThemes", "unassignThemes",
        i => ["input", "themeIds", i.ToString()], "theme",
        UnknownSource: "There is no story, idea or table with id {0}.", RetryUnversioned: true);
}
