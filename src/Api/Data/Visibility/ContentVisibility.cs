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
