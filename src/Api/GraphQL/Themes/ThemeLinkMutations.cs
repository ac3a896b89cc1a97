using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// Mutations <c>assignThemes</c> and <c>unassignThemes</c>: tag a story, idea or table with themes, or
/// remove them (<see cref="ThemeLinks.Themes"/>, written by <see cref="LinkWriter"/>). Links are not part of
/// drafts: on a published item they change what the public sees at once, so they require PUBLISHER.
/// </summary>
public sealed class ThemeLinkMutations : IMutationFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "assignThemes", "AssignThemesInput", assign: true,
            "The story, idea or table and the themes to add to it. Links of published items require PUBLISHER.",
            "Adds themes to a story, idea or table. Not part of the draft: on a published item the public sees the themes at once "
            + "(no review; a new public `version`), so it requires PUBLISHER. A new item takes its themes with `create…(input: { themeIds })`.");
        Add(mutation, "unassignThemes", "UnassignThemesInput", assign: false,
            "The story, idea or table and the themes to remove from it. Links of published items require PUBLISHER.",
            "Removes themes from a story, idea or table. Not part of the draft: on a published item the public no longer sees "
            + "them at once (no review; a new public `version`), so it requires PUBLISHER.");
    }

    private static void Add(ObjectGraphType mutation, string name, string inputName, bool assign, string inputDescription, string description)
    {
        var ids = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ID"))));
        var input = MutationTypes.ForItem(inputName, inputDescription, versionRequired: false, ("themeIds", ids, "The global ids of the themes."));
        ContentMutations.Mutation(mutation, name, input, "node", new GraphQLTypeReference("Node"), description,
            (context, values, _) => context.Service<LinkWriter>().SetAsync(ThemeLinks.Themes,
                (string)values["id"]!, values.TryGetValue("expectedVersion", out var v) ? (int?)v : null,
                ((IEnumerable<object>)values["themeIds"]!).Cast<string>().ToList(), assign, context.CancellationToken));
    }
}
