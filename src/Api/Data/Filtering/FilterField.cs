using System.Linq.Expressions;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>What a filterable member is, which decides its operation input type and its translation.</summary>
public enum FilterKind
{
    /// <summary>Text: case-insensitive string operators.</summary>
    String,

    /// <summary><c>bool</c>: eq, neq.</summary>
    Boolean,

    /// <summary>Numbers and dates: equality, sets and ordering.</summary>
    Comparable,

    /// <summary>An enum: equality and sets.</summary>
    Enum,

    /// <summary>A list of enum values (e.g. <c>proposedActors</c>): all, none, some, any.</summary>
    EnumList,

    /// <summary>A reference to one entity: its own filter input.</summary>
    Reference,

    /// <summary>A collection of entities: all, none, some, any over its filter input.</summary>
    EntityList,
}

/// <summary>
/// One field of a <c>{Type}FilterInput</c>: its GraphQL name, the member it reads and its kind.
/// </summary>
/// <param name="Name">The GraphQL field name (camelCase member name).</param>
/// <param name="Member">The entity member, e.g. <c>idea => idea.Title</c>.</param>
/// <param name="Kind">How it is filtered.</param>
/// <param name="ElementType">For lists and references: the element or referenced CLR type.</param>
/// <param name="RequiredRole">When set, only callers with this role may filter on the field (it would reveal CMS-only state).</param>
/// <param name="Ancestors">For an <see cref="FilterKind.EntityList"/> over a hierarchy: its closure
/// (<see cref="Catalog.EntityDescriptor.Ancestors"/>); the list then stands for its elements and all their
/// visible ancestors (see <see cref="FilterInputType{T}"/>, <c>FilterWithAncestors</c>).</param>
public sealed record FilterField(
    string Name, LambdaExpression Member, FilterKind Kind, Type? ElementType, Security.Role? RequiredRole = null,
    Func<Microsoft.EntityFrameworkCore.DbContext, IQueryable<Visibility.HierarchyLink>>? Ancestors = null);
