using Dialoogtafels.Api.Data;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.GraphQL.Contributions;

/// <summary>
/// The columns every exported contribution (idea, story) has: its id, where it came from, its themes,
/// whether it is a paraphrase and its timestamps. Only published dialogues, tables and themes give values.
/// </summary>
public class ContributionRow
{
    /// <summary>The key (exported as the global id).</summary>
    public int Id { get; init; }

    /// <summary>The slug of the dialogue series; null when it is not published.</summary>
    public string? DialogueSlug { get; init; }

    /// <summary>The title of the dialogue series.</summary>
    public string? DialogueTitle { get; init; }

    /// <summary>The strand of the dialogue series.</summary>
    public DialogueTrack? Track { get; init; }

    /// <summary>The title of the table; null when unknown or not published.</summary>
    public string? TableTitle { get; init; }

    /// <summary>The names of the published themes, alphabetically; null when there are none.</summary>
    public string[]? Themes { get; init; }

    /// <summary>True when the text paraphrases a finding.</summary>
    public bool IsParaphrase { get; init; }

    /// <summary>When the item was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the item was last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// Base of the exports of contributions: the shared columns around the type's own, and one SQL statement
/// that joins the published dialogue and table and aggregates the published themes per item.
/// </summary>
/// <typeparam name="T">The contribution.</typeparam>
/// <typeparam name="TRow">Its row: the shared columns and its own.</typeparam>
/// <param name="name">The file name without extension, e.g. <c>ideas</c>.</param>
/// <param name="typeName">The GraphQL type name, for the global ids.</param>
/// <param name="dialogueId">The item's dialogue key.</param>
/// <param name="tableId">The item's table key.</param>
/// <param name="themes">The item's themes.</param>
public abstract class ContributionExport<T, TRow>(
    string name,
    string typeName,
    Expression<Func<T, int>> dialogueId,
    Expression<Func<T, int?>> tableId,
    Expression<Func<T, IEnumerable<Theme>>> themes) : ExportDefinition<T, TRow>
    where T : ContentEntity, IDialogueContribution
    where TRow : ContributionRow
{
    /// <inheritdoc />
    public override string Name => name;

    /// <summary>The type's own columns that come before the shared ones (after the id), e.g. title and text.</summary>
    protected abstract IEnumerable<ExportColumn<TRow>> TextColumns { get; }

    /// <summary>The type's own columns that come after the themes, e.g. an idea's actors and votes.</summary>
    protected abstract IEnumerable<ExportColumn<TRow>> FactColumns { get; }

    /// <summary>The type's own members of a row, as a member initialisation: <c>i =&gt; new IdeaRow { Title = i.Title, … }</c>.</summary>
    protected abstract Expression<Func<T, TRow>> OwnColumns { get; }

    /// <inheritdoc />
    public override IReadOnlyList<ExportColumn<TRow>> Columns =>
    [
        new("id", r => GlobalId.Encode(typeName, r.Id)),
        .. TextColumns,
        new("dialogueSlug", r => r.DialogueSlug),
        new("dialogueTitle", r => r.DialogueTitle),
        new("track", r => ExportValues.Name(r.Track)),
        new("tableTitle", r => r.TableTitle),
        new("themes", r => r.Themes ?? []),
        .. FactColumns,
        new("isParaphrase", r => r.IsParaphrase),
        new("createdAt", r => r.CreatedAt),
        new("updatedAt", r => r.UpdatedAt),
    ];

    /// <inheritdoc />
    public override IQueryable<TRow> Rows(DialoogtafelsDbContext db, Expression<Func<T, bool>> filter, SortOrder<T> order)
    {
        var visibility = ContentVisibility.Public;
        var dialogues = db.Dialogues.Where(visibility.Filter<Dialogue>());
        var tables = db.Tables.Where(visibility.Filter<Table>());
        var visibleTheme = visibility.Filter<Theme>();
        var joined = db.Set<T>().Where(filter)
            .LeftJoin(dialogues, dialogueId, d => d.Id, (i, d) => new Joined { Item = i, Dialogue = d })
            .LeftJoin(tables, Through(tableId), t => t.Id, (x, t) => new Joined { Item = x.Item, Dialogue = x.Dialogue, Table = t });
        return order.OrderBy(joined, x => x.Item).Select(Row(visibleTheme));
    }

    // x => key(x.Item)
    private static Expression<Func<Joined, TKey>> Through<TKey>(Expression<Func<T, TKey>> key)
    {
        var x = Expression.Parameter(typeof(Joined), "x");
        return Expression.Lambda<Func<Joined, TKey>>(ParameterReplacer.Apply(key, Expression.Property(x, nameof(Joined.Item))), x);
    }

    // x => new TRow { <own columns of x.Item>, Id = …, DialogueSlug = …, …, Themes = the visible theme names }
    private Expression<Func<Joined, TRow>> Row(Expression<Func<Theme, bool>> visibleTheme)
    {
        Expression<Func<Joined, ContributionRow>> shared = x => new ContributionRow
        {
            Id = x.Item.Id,
            DialogueSlug = x.Dialogue!.Slug,
            DialogueTitle = x.Dialogue.Title,
            Track = (DialogueTrack?)x.Dialogue.Track,
            TableTitle = x.Table!.Title,
            Themes = ThemesOf(x).AsQueryable().Where(visibleTheme).OrderBy(t => t.Name).Select(t => t.Name).ToArray(),
            IsParaphrase = x.Item.IsParaphrase,
            CreatedAt = x.Item.CreatedAt,
            UpdatedAt = x.Item.UpdatedAt,
        };
        var parameter = shared.Parameters[0];
        var sharedBody = new ThemesPlaceholder(Through(themes)).Visit(shared.Body);
        var own = (MemberInitExpression)ParameterReplacer.Apply(OwnColumns, Expression.Property(parameter, nameof(Joined.Item)));
        var sharedBindings = ((MemberInitExpression)sharedBody).Bindings.Cast<MemberAssignment>()
            .Select(b => Expression.Bind(typeof(TRow).GetProperty(b.Member.Name)!, b.Expression));
        return Expression.Lambda<Func<Joined, TRow>>(Expression.MemberInit(own.NewExpression, own.Bindings.Concat(sharedBindings)), parameter);
    }

    // Stands for the item's themes navigation in the shared projection until ThemesPlaceholder puts it in.
    private static IEnumerable<Theme> ThemesOf(Joined x) => throw new InvalidOperationException("Replaced before the query runs.");

    private sealed class ThemesPlaceholder(Expression<Func<Joined, IEnumerable<Theme>>> themes) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(ThemesOf) && node.Method.DeclaringType == typeof(ContributionExport<T, TRow>)
                ? ParameterReplacer.Apply(themes, node.Arguments[0])
                : base.VisitMethodCall(node);
    }

    /// <summary>An item with its published dialogue and table (null when not published).</summary>
    private sealed class Joined
    {
        public required T Item { get; init; }

        public Dialogue? Dialogue { get; init; }

        public Table? Table { get; init; }
    }
}
