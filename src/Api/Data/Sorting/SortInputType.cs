using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>HotChocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Add("ASC", false, "Ascending: A to Z, low to high, old to new.");
        Add("DESC", true, "Descending: Z to A, high to low, new to old.");
    }
}

/// <summary>A <c>{Type}SortInput</c> seen without its entity type.</summary>
public interface ISortInputType : IGraphType
{
    /// <summary>The sortable members by GraphQL name: a key selector for scalars, a nested sort input type name for references.</summary>
    IReadOnlyDictionary<string, SortField> SortFields { get; }
}

/// <summary>
/// A sortable member: a scalar key (<see cref="Selector"/>, and <see cref="Missing"/>, the key's value
/// for a missing member) or a reference (<see cref="Reference"/> + <see cref="NestedInput"/>).
/// </summary>
public sealed record SortField(LambdaExpression? Selector, LambdaExpression? Reference, string? NestedInput, object? Missing = null);

/// <summary>
/// Base of every <c>{Type}SortInput</c> (HotChocolate's sorting convention): one field of type
/// <c>SortEnumType</c> per scalar member and a nested sort input per reference, declared with
/// <see cref="Sort{TMember}"/>, one line each. Key selectors are made total so that PostgreSQL can
/// both order and compare them: text sorts case-insensitively (<c>lower()</c>, NULL as empty),
/// enums and booleans by declaration order, NULL numbers and dates first when ascending.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType, ISortInputType where T : class, IEntity
{
    private readonly Dictionary<string, SortField> fields = [];
    private readonly EntityCatalog catalog;

    /// <param name="catalog">The entities of the schema; the input is named as the entity's declaration says
    /// (<see cref="EntityDescriptor.SortTypeName"/>), nested inputs of references likewise.</param>
    protected SortInputType(EntityCatalog catalog)
    {
        this.catalog = catalog;
        Name = catalog.Of<T>().SortTypeName;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SortField> SortFields => fields;

    /// <summary>Makes <paramref name="member"/> sortable under its camelCase name.</summary>
    /// <exception cref="NotSupportedException">For a member type that cannot be sorted.</exception>
    protected void Sort<TMember>(Expression<Func<T, TMember>> member)
    {
        var name = ((MemberExpression)member.Body).Member.Name.ToCamelCase();
        if (typeof(IEntity).IsAssignableFrom(typeof(TMember)))
        {
            var nested = catalog.Of(typeof(TMember)).SortTypeName;
            fields[name] = new SortField(null, member, nested);
            Field(name, new GraphQLTypeReference(nested));
            return;
        }

        fields[name] = new SortField(SortKeys.Total(member), null, null, SortKeys.Missing(typeof(TMember)));
        Field(name, new GraphQLTypeReference("SortEnumType"));
    }
}
