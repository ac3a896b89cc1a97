using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>
/// Mutations on links and history: <c>assignThemes</c>, <c>unassignThemes</c>,
/// <c>linkIdeaToStory</c>, <c>unlinkIdeaFromStory</c>, <c>mergeThemes</c>, <c>addThemeAlias</c>,
/// <c>removeThemeAlias</c> and <c>restoreRevision</c>.
/// </summary>
public sealed class RelationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var node = new GraphQLTypeReference("Node");
        var ids = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ID"))));
        var id = new NonNullGraphType(new GraphQLTypeReference("ID"));

        foreach (var (name, assign) in new[] { ("assignThemes", true), ("unassignThemes", false) })
        {
            var input = MutationTypes.ForItem($"{char.ToUpperInvariant(name[0])}{name[1..]}Input",
                $"The story, idea or table and the themes to {(assign ? "add to" : "remove from")} it. Links of published items require PUBLISHER.",
                versionRequired: false, ("themeIds", ids, "The global ids of the themes."));
            ContentMutations.Mutation(mutation, name, input, "node", node,
                assign ? "Adds themes to a story, idea or table." : "Removes themes from a story, idea or table.",
                (context, values, _) => context.Service<RelationWriter>().SetThemesAsync(
                    (string)values["id"]!, values.TryGetValue("expectedVersion", out var v) ? (int?)v : null,
                    ((IEnumerable<object>)values["themeIds"]!).Cast<string>().ToList(), assign, context.CancellationToken));
        }

        foreach (var (name, link) in new[] { ("linkIdeaToStory", true), ("unlinkIdeaFromStory", false) })
        {
            var input = new InputObjectGraphType { Name = $"{char.ToUpperInvariant(name[0])}{name[1..]}Input", Description = "An idea and a story it answers." };
            input.Field("ideaId", id).Description("The global id of the idea.");
            input.Field("storyId", id).Description("The global id of the story.");
            ContentMutations.Mutation(mutation, name, input, "idea", new GraphQLTypeReference("Idea"),
                link ? "Records that an idea answers a story." : "Removes the link between an idea and a story.",
                (context, values, _) => context.Service<RelationWriter>().SetAnsweredStoryAsync(
                    (string)values["ideaId"]!, (string)values["storyId"]!, link, context.CancellationToken));
        }

        var merge = new InputObjectGraphType { Name = "MergeThemesInput", Description = "The theme to merge away and the theme that takes over its links." };
        merge.Field("sourceId", id).Description("The theme to merge; it is deleted and its name becomes an alias.");
        merge.Field("targetId", id).Description("The theme that keeps everything.");
        ContentMutations.Mutation(mutation, "mergeThemes", merge, "theme", new GraphQLTypeReference("Theme"),
            "Moves every link of one theme to another and keeps the old name as an alias. Requires PUBLISHER.",
            (context, values, _) => context.Service<ThemeMerger>().MergeAsync((string)values["sourceId"]!, (string)values["targetId"]!, context.CancellationToken));

        foreach (var (name, add) in new[] { ("addThemeAlias", true), ("removeThemeAlias", false) })
        {
            var input = new InputObjectGraphType { Name = $"{char.ToUpperInvariant(name[0])}{name[1..]}Input", Description = "A theme and a raw label (an import's category)." };
            input.Field("themeId", id).Description("The global id of the theme.");
            input.Field("label", new NonNullGraphType(new GraphQLTypeReference("String"))).Description("The label, matched regardless of case.");
            ContentMutations.Mutation(mutation, name, input, "theme", new GraphQLTypeReference("Theme"),
                add ? "Maps a raw label onto a theme: imports put items with that category under it. Requires PUBLISHER."
                    : "Removes a label from a theme's aliases. Requires PUBLISHER.",
                (context, values, _) => add
                    ? context.Service<ThemeAliasWriter>().AddAsync((string)values["themeId"]!, (string)values["label"]!, context.CancellationToken)
                    : context.Service<ThemeAliasWriter>().RemoveAsync((string)values["themeId"]!, (string)values["label"]!, context.CancellationToken));
        }

        var restore = MutationTypes.ForItem("RestoreRevisionInput", "The item, the version you read and the revision to bring back.",
            versionRequired: true, ("revision", new NonNullGraphType(new GraphQLTypeReference("Int")), "The revision's number."));
        ContentMutations.Mutation(mutation, "restoreRevision", restore, "node", node,
            "Brings back the content of a revision as a new draft of its item (a published item keeps its public version until published).",
            (context, values, writer) => RestoreRevisionAsync(writer, (string)values["id"]!, (int)values["expectedVersion"]!, (int)values["revision"]!, context.CancellationToken));
    }

    private static Task<WriteResult> RestoreRevisionAsync(ContentWriter writer, string id, int expectedVersion, int revision, CancellationToken ct)
    {
        var fields = GlobalId.TryDecode(id, out var typeName, out _)
            ? ContentMutations.Declarations.Values.FirstOrDefault(d => d.TypeName == typeName)
            : null;
        if (fields is null) return Task.FromResult(WriteResult.Failed(new NotFoundProblem(id, $"There is no item with id {id}.")));
        var method = typeof(ContentWriter).GetMethod(nameof(ContentWriter.RestoreRevisionAsync))!.MakeGenericMethod(fields.EntityType);
        return (Task<WriteResult>)method.Invoke(writer, [fields, id, expectedVersion, revision, ct])!;
    }
}
