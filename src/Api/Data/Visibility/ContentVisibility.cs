using System.Linq.Expressions;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Visibility;

/// <summary>
/// Which content the current request may see; every read path (lists, counts, references,
/// <c>node(id)</c>, nested navigation, filters over related items, search) filters through
/// <see cref="Filter{T}"/>. Anonymous requests see <see cref="PublicationStatus.Published"/> content
/// only, so they cannot tell that drafts exist; CMS users (any <see cref="Role"/>) see drafts and
/// archived items too. Deleted items are hidden from everyone by the persistence layer's query filter.
/// </summary>
/// <remarks>
/// <para>
/// The one rule, for every read path alike (lists and <c>totalCount</c>, <c>node(id)</c>, statistics,
/// exports, reports): an item is visible by its own status, never by its container's. A published
/// idea or story of a draft (or archived) dialogue is public: a publisher published it, and
/// unpublishing the dialogue does not silently withdraw open data that was published item by item.
/// What the item refers to shows only when it is visible itself: the idea's <c>dialogue</c> reads
/// null, the statistics count it under "Dialoog niet openbaar", the export leaves the dialogue columns
/// empty and the reports name no dialogue. So the programme report counts it as <c>ideas { totalCount }</c>
/// does. Hiding it would have to be this predicate's (a join to the dialogue in every public statement).
/// </para>
/// <para>
/// In a hierarchy (themes) a roll-up follows only visible links (<see cref="Links{T}"/>).
/// </para>
/// </remarks>
public sealed class ContentVisibility(IHttpContextAccessor http)
{
    /// <summary>
    /// The visibility of an anonymous caller: published content only. Open data (reports, exports)
    /// uses it whoever asks, also a CMS user with a token.
    /// </summary>
    public static ContentVisibility Public { get; } = new(new NoRequest());

    /// <summary>The caller's role; null for anonymous callers.</summary>
    public Role? Role { get; } = Roles.Of(http.HttpContext?.User);

    /// <summary>A predicate over <typeparamref name="T"/> that PostgreSQL evaluates (true for records that are not content).</summary>
    public Expression<Func<T, bool>> Filter<T>() where T : class, IEntity
    {
        var entity = Expression.Parameter(typeof(T), "e");
        Expression body = Role is null && typeof(ContentEntity).IsAssignableFrom(typeof(T))
            ? Expression.Equal(Expression.Property(entity, nameof(ContentEntity.Status)), Expression.Constant(PublicationStatus.Published))
            : Expression.Constant(true);
        return Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <summary>
    /// The links of a hierarchy's closure (<see cref="Catalog.EntityDescriptor.Ancestors"/>, e.g. the
    /// themes') that the caller may follow: the item, the ancestor and every item between them are
    /// visible (<see cref="Filter{T}"/>; deleted items are not). A roll-up never passes through a
    /// draft: for an anonymous caller a published theme below a draft one does not count under the
    /// draft's parent, just as its <c>parent</c> reads as null for them. The THEME and TOP_THEME
    /// statistics, the <c>…WithAncestors</c> filters and the reports' theme terms all read these links.
    /// </summary>
    /// <param name="closure">Every stored link, the item itself included at depth 0 (e.g. <c>theme_ancestors()</c>).</param>
    /// <param name="all">The entity set of the hierarchy (<c>db.Set&lt;T&gt;()</c>), to check visibility on.</param>
    /// <typeparam name="T">The hierarchical entity.</typeparam>
    public IQueryable<HierarchyLink> Links<T>(IQueryable<HierarchyLink> closure, IQueryable<T> all) where T : class, IEntity
    {
        var visible = all.Where(Filter<T>());
        // In a tree the path from an item to its ancestor at depth d is the item's links of depth 0..d.
        return closure.Where(l => !closure.Any(p => p.ItemId == l.ItemId && p.Depth <= l.Depth && !visible.Any(v => v.Id == p.AncestorId)));
    }

    /// <summary><see cref="Filter{T}"/> for an entity type known only at run time (<c>Expression&lt;Func&lt;entity, bool&gt;&gt;</c>).</summary>
    public LambdaExpression Filter(Type entity) =>
        (LambdaExpression)FilterMethod.MakeGenericMethod(entity).Invoke(this, null)!;

    private static readonly System.Reflection.MethodInfo FilterMethod =
        typeof(ContentVisibility).GetMethods().Single(m => m.Name == nameof(Filter) && m.IsGenericMethodDefinition);

    /// <summary>
    /// <paramref name="member"/> (a filter member or sort key over an entity) as the caller reads it:
    /// for a CMS caller the public <see cref="ContentEntity.Version"/> and <see cref="ContentEntity.UpdatedAt"/>
    /// of content become <see cref="ContentEntity.EditVersion"/> and <see cref="ContentEntity.EditedAt"/>
    /// (<see cref="ContentEntity.CmsMembers"/>), the values its <c>version</c> and <c>updatedAt</c> fields
    /// show, so that a CMS list filters and sorts by what it shows; anonymous callers (and open data) read
    /// the public members, which a pending draft does not change.
    /// </summary>
    public LambdaExpression AsRead(LambdaExpression member) =>
        Role is null ? member : (LambdaExpression)new CmsMemberRewriter().Visit(member);

    /// <summary>Whether the caller reads the CMS's members of content (see <see cref="AsRead"/>).</summary>
    public bool ReadsCmsMembers => Role is not null;

    // x.UpdatedAt -> x.EditedAt, x.Version -> x.EditVersion on any content entity.
    private sealed class CmsMemberRewriter : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            var owner = Visit(node.Expression);
            return node.Member.DeclaringType == typeof(ContentEntity) && owner is not null
                && ContentEntity.CmsMembers.TryGetValue(node.Member.Name, out var cms)
                ? Expression.Property(owner, cms)
                : node.Update(owner);
        }
    }

    /// <summary>A short name of the current visibility, for naming request-scoped DataLoaders.</summary>
    public string Scope => Role is null ? "public" : "cms";

    /// <summary>An accessor that never sees a request (the framework's accessor would see the current one).</summary>
    private sealed class NoRequest : IHttpContextAccessor
    {
        public HttpContext? HttpContext
        {
            get => null;
            set { }
        }
    }
}
