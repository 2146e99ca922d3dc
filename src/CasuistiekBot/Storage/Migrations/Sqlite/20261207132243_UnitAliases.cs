using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "unit_aliases",
                table: "people",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "unit_aliases",
                table: "people");
        }
    }
}
