using System.Linq.Expressions;
using System.Text.Json;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// The <c>where</c> argument of list fields: present on every list field whose entity has a
/// <see cref="FilterInputType{T}"/> in this assembly, translated by <see cref="FilterTranslator"/>.
/// </summary>
public static class FilterArgument
{
    /// <summary>The argument name, as HotChocolate names it.</summary>
    public const string Name = "where";

    private static readonly Dictionary<Type, Type> FilterTypeOfEntity = typeof(FilterArgument).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FilterInputType<>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[0]);

    /// <summary>Adds <c>where: {Type}FilterInput</c> when <typeparamref name="T"/> is filterable.</summary>
    public static FieldBuilder<TSource, object> WhereArgument<TSource, T>(this FieldBuilder<TSource, object> field)
    {
        if (FilterTypeOfEntity.TryGetValue(typeof(T), out var filterType))
            field.Argument(filterType, Name, argument => argument.Description = "Filters the list (HotChocolate filtering conventions).");
        return field;
    }

    /// <summary>The predicate of the field's <c>where</c> argument, or null when none was given.</summary>
    public static Expression<Func<T, bool>>? Predicate<T>(this IResolveFieldContext context, ContentVisibility visibility) where T : class, IEntity
    {
        if (context.GetArgument<Dictionary<string, object?>?>(Name) is not { } where) return null;
        var type = (IFilterInputType)context.FieldDefinition.Arguments!.Find(Name)!.ResolvedType!;
        return FilterTranslator.ToPredicate<T>(type, where, entity => (IFilterInputType)context.Schema.AllTypes[entity.Name + "FilterInput"]!, visibility,
            context.RequestServices?.GetService<ReferenceKeys>());
    }

    /// <summary>A stable text form of the field's <c>where</c> argument, for naming DataLoaders.</summary>
    public static string Signature(this IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>?>(Name) is { } where ? JsonSerializer.Serialize(where) : "";
}
