using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Dialogues;
using Dialoogtafels.Api.GraphQL.Tables;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Contributions;

/// <summary>The fields ideas and stories share as contributions to a dialogue (<see cref="IDialogueContribution"/>).</summary>
public static class ContributionFields
{
    /// <summary>Adds <c>title: String!</c> and the item's text, e.g. <c>description: String</c>, named after <paramref name="text"/>'s member.</summary>
    /// <param name="type">The graph type of the contribution.</param>
    /// <param name="text">The text member, e.g. <c>i =&gt; i.Description</c>.</param>
    /// <param name="textDescription">The description of the text field.</param>
    public static void TextFieldsOf<T>(this ObjectGraphType<T> type, Expression<Func<T, string?>> text, string textDescription)
        where T : ContentEntity, IDialogueContribution
    {
        type.Field<NonNullGraphType<StringGraphType>>("title").Description("Title, in Dutch.").Resolve(c => c.Source.Title);
        var read = text.Compile();
        type.Field<StringGraphType>(((MemberExpression)text.Body).Member.Name.ToCamelCase()).Description(textDescription).Resolve(c => read(c.Source));
    }

    /// <summary>
    /// Adds <c>searchHighlight</c>, <c>isParaphrase</c>, <c>dialogue</c>, <c>table</c> and <c>themes</c>, in
    /// that order. The navigations are the entity's own members, so that EF Core reads them as columns and joins.
    /// </summary>
    /// <param name="type">The graph type of the contribution.</param>
    /// <param name="noun">The item in descriptions: <c>idea</c>, <c>story</c>.</param>
    /// <param name="dialogueDescription">The description of <c>dialogue</c>.</param>
    /// <param name="dialogueId">The item's dialogue key.</param>
    /// <param name="tableId">The item's table key.</param>
    /// <param name="themes">The item's themes.</param>
    public static void ContributionFieldsOf<T>(
        this ObjectGraphType<T> type, string noun, string dialogueDescription,
        Expression<Func<T, int?>> dialogueId, Expression<Func<T, int?>> tableId, Expression<Func<T, IEnumerable<Theme>>> themes)
        where T : ContentEntity, IDialogueContribution
    {
        type.Field<StringGraphType>(SearchHighlights.FieldName)
            .Description("When read through a `search`: the matched words marked with <mark>…</mark> in an HTML-escaped excerpt; null otherwise.")
            .Resolve(c => SearchHighlights.Get(c.Source));
        type.Field<NonNullGraphType<BooleanGraphType>>("isParaphrase")
            .Description("True when the text paraphrases a reported finding rather than quoting a participant.")
            .Resolve(c => c.Source.IsParaphrase);
        type.Reference<T, Dialogue, DialogueType>("dialogue", dialogueId).Description(dialogueDescription);
        type.Reference<T, Table, TableType>("table", tableId).Description("The table, when known.");
        type.List<T, Theme, ThemeType>("themes", themes).Description($"Themes of the {noun}.");
    }
}
