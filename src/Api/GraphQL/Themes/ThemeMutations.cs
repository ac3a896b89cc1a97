using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// Theme management (PUBLISHER): <c>mergeThemes</c> (<see cref="ThemeMerger"/>), <c>addThemeAlias</c> and
/// <c>removeThemeAlias</c> (<see cref="ThemeAliasWriter"/>).
/// </summary>
public sealed class ThemeMutations : IMutationFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType mutation)
    {
        var id = new NonNullGraphType(new GraphQLTypeReference("ID"));
        var theme = new GraphQLTypeReference(ThemeFeature.TypeName);

        var merge = new InputObjectGraphType { Name = "MergeThemesInput", Description = "The theme to merge away and the theme that takes over its links." };
        merge.Field("sourceId", id).Description("The theme to merge; it is deleted and its name becomes an alias.");
        merge.Field("targetId", id).Description("The theme that keeps everything.");
        ContentMutations.Mutation(mutation, "mergeThemes", merge, "theme", theme,
            "Moves every link of one theme to another and keeps the old name as an alias. Requires PUBLISHER.",
            (context, values, _) => context.Service<ThemeMerger>().MergeAsync((string)values["sourceId"]!, (string)values["targetId"]!, context.CancellationToken));

        ContentMutations.Mutation(mutation, "addThemeAlias", AliasInput("AddThemeAliasInput", id), "theme", theme,
            "Maps a raw label onto a theme: imports put items with that category under it. Requires PUBLISHER.",
            (context, values, _) => context.Service<ThemeAliasWriter>().AddAsync((string)values["themeId"]!, (string)values["label"]!, context.CancellationToken));
        ContentMutations.Mutation(mutation, "removeThemeAlias", AliasInput("RemoveThemeAliasInput", id), "theme", theme,
            "Removes a label from a theme's aliases. Requires PUBLISHER.",
            (context, values, _) => context.Service<ThemeAliasWriter>().RemoveAsync((string)values["themeId"]!, (string)values["label"]!, context.CancellationToken));
    }

    private static InputObjectGraphType AliasInput(string name, IGraphType id)
    {
        var input = new InputObjectGraphType { Name = name, Description = "A theme and a raw label (an import's category)." };
        input.Field("themeId", id).Description("The global id of the theme.");
        input.Field("label", new NonNullGraphType(new GraphQLTypeReference("String"))).Description("The label, matched regardless of case.");
        return input;
    }
}
