using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

/// <summary>
/// Mapping shared by every <see cref="ContentEntity"/>: key, indexed status, timestamps, the public
/// <see cref="ContentEntity.Version"/>, the concurrency token <see cref="ContentEntity.EditVersion"/>, the pending draft as <c>jsonb</c>, and a
/// query filter that hides soft-deleted rows (write paths that restore use <c>IgnoreQueryFilters</c>).
/// </summary>
internal static class ContentEntityConfiguration
{
    public static void ConfigureContent<T>(this EntityTypeBuilder<T> builder) where T : ContentEntity
    {
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.Status);
        builder.Property(x => x.CreatedAt).IsRequired();
        builder.Property(x => x.UpdatedAt).IsRequired();
        builder.Property(x => x.Version).HasDefaultValue(1);
        builder.Property(x => x.EditVersion).IsConcurrencyToken().HasDefaultValue(1);
        builder.Property(x => x.EditedAt).IsRequired();
        builder.Property(x => x.PendingDraft).HasColumnType("jsonb");
        builder.HasQueryFilter(x => x.DeletedAt == null);
    }
}
