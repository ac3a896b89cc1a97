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
