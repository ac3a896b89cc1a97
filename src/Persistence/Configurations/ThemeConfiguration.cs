using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Name).HasMaxLength(Theme.NameMaxLength);
        builder.Property(x => x.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ParentId);
    }
}
