using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

/// <summary>Mapping shared by every <see cref="ContentEntity"/>: key, indexed status, timestamps.</summary>
internal static class ContentEntityConfiguration
{
    public static void ConfigureContent<T>(this EntityTypeBuilder<T> builder) where T : ContentEntity
    {
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.Status);
        builder.Property(x => x.CreatedAt).IsRequired();
        builder.Property(x => x.UpdatedAt).IsRequired();
    }
}
