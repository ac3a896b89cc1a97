using System.Linq.Expressions;
using System.Text.Json;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// The <c>where</c> argument of list fields: present on every list field whose entity declares a
/// filter input type (<see cref="EntityDescriptor.FilterType"/>), translated by <see cref="FilterTranslator"/>.
/// </summary>
public static class FilterArgument
{
    /// <summary>The argument name, as HotChocolate names it.</summary>
    public const string Name = "where";

    /// <summary>Adds <c>where: {Type}FilterInput</c> when <paramref name="catalog"/> declares a filter for <typeparamref name="T"/>.</summary>
    public static FieldBuilder<TSource, object> WhereArgument<TSource, T>(this FieldBuilder<TSource, object> field, EntityCatalog catalog)
    {
        if (catalog.Find(typeof(T))?.FilterType is { } filterType)
            field.Argument(filterType, Name, argument => argument.Description = "Filters the list (HotChocolate filtering conventions).");
        return field;
    }

    /// <summary>Finds the filter input type of a referenced entity in <paramref name="schema"/>, by the name its declaration gives.</summary>
    public static Func<Type, IFilterInputType> FilterTypes(ISchema schema, EntityCatalog catalog) =>
        entity => (IFilterInputType)schema.AllTypes[catalog.Of(entity).FilterTypeName]!;

    /// <summary>The predicate of the field's <c>where</c> argument, or null when none was given.</summary>
    public static Expression<Func<T, bool>>? Predicate<T>(this IResolveFieldContext context, ContentVisibility visibility) where T : class, IEntity
    {
        if (context.GetArgument<Dictionary<string, object?>?>(Name) is not { } where) return null;
        var type = (IFilterInputType)context.FieldDefinition.Arguments!.Find(Name)!.ResolvedType!;
        return FilterTranslator.ToPredicate<T>(type, where, FilterTypes(context.Schema, context.RequestServices!.GetRequiredService<EntityCatalog>()), visibility,
            context.RequestServices?.GetService<ReferenceKeys>());
    }

    /// <summary>A stable text form of the field's <c>where</c> argument, for naming DataLoaders.</summary>
    public static string Signature(this IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>?>(Name) is { } where ? JsonSerializer.Serialize(where) : "";
}
