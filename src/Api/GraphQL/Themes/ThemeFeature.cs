using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// Themes: the hierarchy stories, ideas and tables are tagged with, its management and suggestions.
/// Root field <c>themes</c> (<see cref="ThemeQueries"/>); mutations <c>createTheme</c> … <c>restoreTheme</c>
/// (<see cref="ThemeEditing"/>), <c>assignThemes</c>, <c>unassignThemes</c> (<see cref="ThemeLinkMutations"/>),
/// <c>mergeThemes</c>, <c>addThemeAlias</c>, <c>removeThemeAlias</c> (<see cref="ThemeMutations"/>); the
/// field <c>suggestedThemes</c> of stories and ideas (<see cref="ThemeSuggestionFields"/>).
/// </summary>
public static class ThemeFeature
{
    /// <summary>The GraphQL type name of a theme (also in global ids and audit records).</summary>
    public const string TypeName = "Theme";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Themes",
        Entities =
        [
            new EntityDescriptor<Theme>
            {
                TypeName = TypeName,
                GraphType = typeof(ThemeType),
                FilterType = typeof(ThemeFilterInputType),
                SortType = typeof(ThemeSortInputType),
                Editing = new ThemeEditing(),
                Ancestors = ThemeClosure.Of,
            },
        ],
        GraphTypes = [typeof(ThemeSuggestionType)],
        ScopedServices = [typeof(ThemeMerger), typeof(ThemeAliasWriter)],
        SingletonServices = [typeof(ThemeSuggester)],
    };
}
