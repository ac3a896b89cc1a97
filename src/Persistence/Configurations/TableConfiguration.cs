using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class TableConfiguration : IEntityTypeConfiguration<Table>
{
    public void Configure(EntityTypeBuilder<Table> builder)
    {
        builder.ToTable("dialogue_tables");
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(Table.TitleMaxLength);
        builder.Property(x => x.HostRole).HasMaxLength(Table.HostRoleMaxLength);
        builder.Property(x => x.Municipality).HasMaxLength(Table.MunicipalityMaxLength);
        builder.HasOne(x => x.Dialogue).WithMany(x => x.Tables).HasForeignKey(x => x.DialogueId);
        builder.HasIndex(x => x.DialogueId);
        builder.HasMany(x => x.Themes).WithMany(x => x.Tables).UsingEntity<TableTheme>(
            r => r.HasOne<Theme>().WithMany().HasForeignKey(x => x.ThemeId),
            l => l.HasOne<Table>().WithMany().HasForeignKey(x => x.TableId),
            j =>
            {
                j.HasKey(x => new { x.TableId, x.ThemeId });
                j.HasIndex(x => x.ThemeId);
            });
    }
}
