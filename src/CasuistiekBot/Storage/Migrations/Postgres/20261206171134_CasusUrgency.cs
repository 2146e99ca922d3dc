using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CasusUrgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "acute_danger",
                table: "cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "urgent",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "acute_danger",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "urgent",
                table: "cases");
        }
    }
}
