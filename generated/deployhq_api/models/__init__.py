"""Contains all the data models used in inputs/outputs"""

from .access_test import AccessTest
from .access_test_result import AccessTestResult
from .access_test_result_results import AccessTestResultResults
from .access_test_result_results_repository import AccessTestResultResultsRepository
from .access_test_result_results_servers_item import AccessTestResultResultsServersItem
from .account import Account
from .account_update import AccountUpdate
from .account_update_account import AccountUpdateAccount
from .agent import Agent
from .agent_create import AgentCreate
from .agent_create_agent import AgentCreateAgent
from .agent_update import AgentUpdate
from .agent_update_agent import AgentUpdateAgent
from .api_key import ApiKey
from .api_key_create import ApiKeyCreate
from .api_key_create_api_key import ApiKeyCreateApiKey
from .assigned_server import AssignedServer
from .auto_deployments import AutoDeployments
from .auto_deployments_deployables_item import AutoDeploymentsDeployablesItem
from .auto_deployments_result import AutoDeploymentsResult
from .auto_deployments_result_deployables_item import AutoDeploymentsResultDeployablesItem
from .auto_deployments_update import AutoDeploymentsUpdate
from .auto_deployments_update_deployables import AutoDeploymentsUpdateDeployables
from .beta_enrollment import BetaEnrollment
from .beta_enrollment_create import BetaEnrollmentCreate
from .billing_status import BillingStatus
from .billing_status_scheduled_change import BillingStatusScheduledChange
from .build_cache_file import BuildCacheFile
from .build_cache_file_input import BuildCacheFileInput
from .build_cache_file_input_build_cache_file import BuildCacheFileInputBuildCacheFile
from .build_command import BuildCommand
from .build_command_input import BuildCommandInput
from .build_command_input_build_command import BuildCommandInputBuildCommand
from .build_environment import BuildEnvironment
from .build_environment_packages import BuildEnvironmentPackages
from .build_known_host import BuildKnownHost
from .build_known_host_create import BuildKnownHostCreate
from .build_known_host_create_build_known_host import BuildKnownHostCreateBuildKnownHost
from .build_language_input import BuildLanguageInput
from .build_language_input_build_environment import BuildLanguageInputBuildEnvironment
from .command import Command
from .command_create import CommandCreate
from .command_create_command import CommandCreateCommand
from .command_update import CommandUpdate
from .command_update_command import CommandUpdateCommand
from .commit_info import CommitInfo
from .config_file import ConfigFile
from .config_file_input import ConfigFileInput
from .config_file_input_config_file import ConfigFileInputConfigFile
from .deployment import Deployment
from .deployment_check import DeploymentCheck
from .deployment_check_create import DeploymentCheckCreate
from .deployment_check_create_deployment_check import DeploymentCheckCreateDeploymentCheck
from .deployment_check_update import DeploymentCheckUpdate
from .deployment_check_update_deployment_check import DeploymentCheckUpdateDeploymentCheck
from .deployment_configuration import DeploymentConfiguration
from .deployment_create import DeploymentCreate
from .deployment_create_deployment import DeploymentCreateDeployment
from .deployment_create_schedule import DeploymentCreateSchedule
from .deployment_create_schedule_custom import DeploymentCreateScheduleCustom
from .deployment_create_schedule_daily import DeploymentCreateScheduleDaily
from .deployment_create_schedule_future import DeploymentCreateScheduleFuture
from .deployment_create_schedule_monthly import DeploymentCreateScheduleMonthly
from .deployment_create_schedule_weekly import DeploymentCreateScheduleWeekly
from .deployment_files import DeploymentFiles
from .deployment_files_additional_property import DeploymentFilesAdditionalProperty
from .deployment_log_entry import DeploymentLogEntry
from .deployment_metadata import DeploymentMetadata
from .deployment_overview import DeploymentOverview
from .deployment_overview_create import DeploymentOverviewCreate
from .deployment_page import DeploymentPage
from .deployment_project import DeploymentProject
from .deployment_server import DeploymentServer
from .deployment_step import DeploymentStep
from .deployment_summary import DeploymentSummary
from .deployment_summary_configuration import DeploymentSummaryConfiguration
from .deployment_summary_files import DeploymentSummaryFiles
from .deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty
from .deployment_summary_metadata import DeploymentSummaryMetadata
from .deployment_summary_project import DeploymentSummaryProject
from .deployment_summary_timestamps import DeploymentSummaryTimestamps
from .deployment_timestamps import DeploymentTimestamps
from .detection import Detection
from .detection_build_commands_item import DetectionBuildCommandsItem
from .detection_create import DetectionCreate
from .detection_create_detection import DetectionCreateDetection
from .detection_create_detection_files import DetectionCreateDetectionFiles
from .detection_static_hosting import DetectionStaticHosting
from .environment_variable import EnvironmentVariable
from .environment_variable_create import EnvironmentVariableCreate
from .environment_variable_create_environment_variable import EnvironmentVariableCreateEnvironmentVariable
from .environment_variable_update import EnvironmentVariableUpdate
from .environment_variable_update_environment_variable import EnvironmentVariableUpdateEnvironmentVariable
from .excluded_file import ExcludedFile
from .excluded_file_input import ExcludedFileInput
from .excluded_file_input_excluded_file import ExcludedFileInputExcludedFile
from .global_environment_variable_create import GlobalEnvironmentVariableCreate
from .global_environment_variable_create_environment_variable import GlobalEnvironmentVariableCreateEnvironmentVariable
from .global_environment_variable_update import GlobalEnvironmentVariableUpdate
from .global_environment_variable_update_environment_variable import GlobalEnvironmentVariableUpdateEnvironmentVariable
from .global_server_input import GlobalServerInput
from .global_server_input_server import GlobalServerInputServer
from .hosted_resource import HostedResource
from .hosted_resource_list_item import HostedResourceListItem
from .integration import Integration
from .integration_create import IntegrationCreate
from .integration_create_integration import IntegrationCreateIntegration
from .integration_create_integration_properties import IntegrationCreateIntegrationProperties
from .integration_update import IntegrationUpdate
from .integration_update_integration import IntegrationUpdateIntegration
from .integration_update_integration_properties import IntegrationUpdateIntegrationProperties
from .language_versions import LanguageVersions
from .latest_revision import LatestRevision
from .managed_hosting_regions import ManagedHostingRegions
from .managed_hosting_regions_grouped_regions import ManagedHostingRegionsGroupedRegions
from .managed_hosting_sizes import ManagedHostingSizes
from .managed_hosting_sizes_sizes_item import ManagedHostingSizesSizesItem
from .pagination import Pagination
from .password_reset_create import PasswordResetCreate
from .profile import Profile
from .profile_account import ProfileAccount
from .profile_update import ProfileUpdate
from .profile_update_user import ProfileUpdateUser
from .project import Project
from .project_create import ProjectCreate
from .project_create_project import ProjectCreateProject
from .project_detail import ProjectDetail
from .project_detail_capabilities_item import ProjectDetailCapabilitiesItem
from .project_insights import ProjectInsights
from .project_insights_servers_item import ProjectInsightsServersItem
from .project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem
from .project_insights_summary import ProjectInsightsSummary
from .project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
from .project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
from .project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
from .project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys
from .project_language_versions import ProjectLanguageVersions
from .project_summary import ProjectSummary
from .project_update import ProjectUpdate
from .project_update_project import ProjectUpdateProject
from .public_key import PublicKey
from .public_template import PublicTemplate
from .public_template_build_commands_item import PublicTemplateBuildCommandsItem
from .public_template_config_files_item import PublicTemplateConfigFilesItem
from .public_template_ssh_commands_item import PublicTemplateSshCommandsItem
from .public_template_summary import PublicTemplateSummary
from .recent_commits import RecentCommits
from .recent_commits_releases_item import RecentCommitsReleasesItem
from .recent_commits_tags_item import RecentCommitsTagsItem
from .regenerate_key_input import RegenerateKeyInput
from .regenerate_key_input_project import RegenerateKeyInputProject
from .repository import Repository
from .repository_branches import RepositoryBranches
from .repository_create import RepositoryCreate
from .repository_create_repository import RepositoryCreateRepository
from .repository_hosting_service import RepositoryHostingService
from .repository_update import RepositoryUpdate
from .repository_update_repository import RepositoryUpdateRepository
from .revision import Revision
from .rollback_project_deployment_body import RollbackProjectDeploymentBody
from .scheduled_deployment import ScheduledDeployment
from .scheduled_deployment_create import ScheduledDeploymentCreate
from .scheduled_deployment_create_scheduled_deployment import ScheduledDeploymentCreateScheduledDeployment
from .scheduled_deployment_server import ScheduledDeploymentServer
from .scheduled_deployment_update import ScheduledDeploymentUpdate
from .scheduled_deployment_update_scheduled_deployment import ScheduledDeploymentUpdateScheduledDeployment
from .server import Server
from .server_create import ServerCreate
from .server_create_hosted_website_attributes import ServerCreateHostedWebsiteAttributes
from .server_create_server import ServerCreateServer
from .server_detail import ServerDetail
from .server_detail_managed_vps import ServerDetailManagedVps
from .server_detail_static_hosting import ServerDetailStaticHosting
from .server_group import ServerGroup
from .server_group_input import ServerGroupInput
from .server_group_input_server_group import ServerGroupInputServerGroup
from .server_group_servers_item import ServerGroupServersItem
from .server_metrics import ServerMetrics
from .server_metrics_cpu import ServerMetricsCpu
from .server_metrics_disk import ServerMetricsDisk
from .server_metrics_memory import ServerMetricsMemory
from .server_metrics_profile import ServerMetricsProfile
from .server_static_hosting import ServerStaticHosting
from .server_update import ServerUpdate
from .server_update_server import ServerUpdateServer
from .signup import Signup
from .signup_account import SignupAccount
from .signup_create import SignupCreate
from .signup_create_utm_params import SignupCreateUtmParams
from .signup_mcp_config import SignupMcpConfig
from .signup_oauth_urls import SignupOauthUrls
from .signup_ssh_public_key import SignupSshPublicKey
from .ssh_key import SshKey
from .ssh_key_create import SshKeyCreate
from .ssh_key_create_key_pair import SshKeyCreateKeyPair
from .star_result import StarResult
from .status_message import StatusMessage
from .status_result import StatusResult
from .team import Team
from .team_create import TeamCreate
from .team_create_team import TeamCreateTeam
from .team_members_item import TeamMembersItem
from .team_project_assignments_item import TeamProjectAssignmentsItem
from .team_update import TeamUpdate
from .team_update_team import TeamUpdateTeam
from .template import Template
from .template_create import TemplateCreate
from .template_create_template import TemplateCreateTemplate
from .template_update import TemplateUpdate
from .template_update_template import TemplateUpdateTemplate
from .undeployed_changes import UndeployedChanges
from .undeployed_changes_commits_item import UndeployedChangesCommitsItem
from .upload_key_input import UploadKeyInput
from .upload_key_input_project import UploadKeyInputProject
from .user import User
from .user_create import UserCreate
from .user_create_user import UserCreateUser
from .user_summary import UserSummary
from .user_update import UserUpdate
from .user_update_user import UserUpdateUser
from .zone import Zone

__all__ = (
    "AccessTest",
    "AccessTestResult",
    "AccessTestResultResults",
    "AccessTestResultResultsRepository",
    "AccessTestResultResultsServersItem",
    "Account",
    "AccountUpdate",
    "AccountUpdateAccount",
    "Agent",
    "AgentCreate",
    "AgentCreateAgent",
    "AgentUpdate",
    "AgentUpdateAgent",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreateApiKey",
    "AssignedServer",
    "AutoDeployments",
    "AutoDeploymentsDeployablesItem",
    "AutoDeploymentsResult",
    "AutoDeploymentsResultDeployablesItem",
    "AutoDeploymentsUpdate",
    "AutoDeploymentsUpdateDeployables",
    "BetaEnrollment",
    "BetaEnrollmentCreate",
    "BillingStatus",
    "BillingStatusScheduledChange",
    "BuildCacheFile",
    "BuildCacheFileInput",
    "BuildCacheFileInputBuildCacheFile",
    "BuildCommand",
    "BuildCommandInput",
    "BuildCommandInputBuildCommand",
    "BuildEnvironment",
    "BuildEnvironmentPackages",
    "BuildKnownHost",
    "BuildKnownHostCreate",
    "BuildKnownHostCreateBuildKnownHost",
    "BuildLanguageInput",
    "BuildLanguageInputBuildEnvironment",
    "Command",
    "CommandCreate",
    "CommandCreateCommand",
    "CommandUpdate",
    "CommandUpdateCommand",
    "CommitInfo",
    "ConfigFile",
    "ConfigFileInput",
    "ConfigFileInputConfigFile",
    "Deployment",
    "DeploymentCheck",
    "DeploymentCheckCreate",
    "DeploymentCheckCreateDeploymentCheck",
    "DeploymentCheckUpdate",
    "DeploymentCheckUpdateDeploymentCheck",
    "DeploymentConfiguration",
    "DeploymentCreate",
    "DeploymentCreateDeployment",
    "DeploymentCreateSchedule",
    "DeploymentCreateScheduleCustom",
    "DeploymentCreateScheduleDaily",
    "DeploymentCreateScheduleFuture",
    "DeploymentCreateScheduleMonthly",
    "DeploymentCreateScheduleWeekly",
    "DeploymentFiles",
    "DeploymentFilesAdditionalProperty",
    "DeploymentLogEntry",
    "DeploymentMetadata",
    "DeploymentOverview",
    "DeploymentOverviewCreate",
    "DeploymentPage",
    "DeploymentProject",
    "DeploymentServer",
    "DeploymentStep",
    "DeploymentSummary",
    "DeploymentSummaryConfiguration",
    "DeploymentSummaryFiles",
    "DeploymentSummaryFilesAdditionalProperty",
    "DeploymentSummaryMetadata",
    "DeploymentSummaryProject",
    "DeploymentSummaryTimestamps",
    "DeploymentTimestamps",
    "Detection",
    "DetectionBuildCommandsItem",
    "DetectionCreate",
    "DetectionCreateDetection",
    "DetectionCreateDetectionFiles",
    "DetectionStaticHosting",
    "EnvironmentVariable",
    "EnvironmentVariableCreate",
    "EnvironmentVariableCreateEnvironmentVariable",
    "EnvironmentVariableUpdate",
    "EnvironmentVariableUpdateEnvironmentVariable",
    "ExcludedFile",
    "ExcludedFileInput",
    "ExcludedFileInputExcludedFile",
    "GlobalEnvironmentVariableCreate",
    "GlobalEnvironmentVariableCreateEnvironmentVariable",
    "GlobalEnvironmentVariableUpdate",
    "GlobalEnvironmentVariableUpdateEnvironmentVariable",
    "GlobalServerInput",
    "GlobalServerInputServer",
    "HostedResource",
    "HostedResourceListItem",
    "Integration",
    "IntegrationCreate",
    "IntegrationCreateIntegration",
    "IntegrationCreateIntegrationProperties",
    "IntegrationUpdate",
    "IntegrationUpdateIntegration",
    "IntegrationUpdateIntegrationProperties",
    "LanguageVersions",
    "LatestRevision",
    "ManagedHostingRegions",
    "ManagedHostingRegionsGroupedRegions",
    "ManagedHostingSizes",
    "ManagedHostingSizesSizesItem",
    "Pagination",
    "PasswordResetCreate",
    "Profile",
    "ProfileAccount",
    "ProfileUpdate",
    "ProfileUpdateUser",
    "Project",
    "ProjectCreate",
    "ProjectCreateProject",
    "ProjectDetail",
    "ProjectDetailCapabilitiesItem",
    "ProjectInsights",
    "ProjectInsightsServersItem",
    "ProjectInsightsServersItemRecentDeploysItem",
    "ProjectInsightsSummary",
    "ProjectInsightsSummaryActiveServers",
    "ProjectInsightsSummaryAvgDuration",
    "ProjectInsightsSummarySuccessRate",
    "ProjectInsightsSummaryTotalDeploys",
    "ProjectLanguageVersions",
    "ProjectSummary",
    "ProjectUpdate",
    "ProjectUpdateProject",
    "PublicKey",
    "PublicTemplate",
    "PublicTemplateBuildCommandsItem",
    "PublicTemplateConfigFilesItem",
    "PublicTemplateSshCommandsItem",
    "PublicTemplateSummary",
    "RecentCommits",
    "RecentCommitsReleasesItem",
    "RecentCommitsTagsItem",
    "RegenerateKeyInput",
    "RegenerateKeyInputProject",
    "Repository",
    "RepositoryBranches",
    "RepositoryCreate",
    "RepositoryCreateRepository",
    "RepositoryHostingService",
    "RepositoryUpdate",
    "RepositoryUpdateRepository",
    "Revision",
    "RollbackProjectDeploymentBody",
    "ScheduledDeployment",
    "ScheduledDeploymentCreate",
    "ScheduledDeploymentCreateScheduledDeployment",
    "ScheduledDeploymentServer",
    "ScheduledDeploymentUpdate",
    "ScheduledDeploymentUpdateScheduledDeployment",
    "Server",
    "ServerCreate",
    "ServerCreateHostedWebsiteAttributes",
    "ServerCreateServer",
    "ServerDetail",
    "ServerDetailManagedVps",
    "ServerDetailStaticHosting",
    "ServerGroup",
    "ServerGroupInput",
    "ServerGroupInputServerGroup",
    "ServerGroupServersItem",
    "ServerMetrics",
    "ServerMetricsCpu",
    "ServerMetricsDisk",
    "ServerMetricsMemory",
    "ServerMetricsProfile",
    "ServerStaticHosting",
    "ServerUpdate",
    "ServerUpdateServer",
    "Signup",
    "SignupAccount",
    "SignupCreate",
    "SignupCreateUtmParams",
    "SignupMcpConfig",
    "SignupOauthUrls",
    "SignupSshPublicKey",
    "SshKey",
    "SshKeyCreate",
    "SshKeyCreateKeyPair",
    "StarResult",
    "StatusMessage",
    "StatusResult",
    "Team",
    "TeamCreate",
    "TeamCreateTeam",
    "TeamMembersItem",
    "TeamProjectAssignmentsItem",
    "TeamUpdate",
    "TeamUpdateTeam",
    "Template",
    "TemplateCreate",
    "TemplateCreateTemplate",
    "TemplateUpdate",
    "TemplateUpdateTemplate",
    "UndeployedChanges",
    "UndeployedChangesCommitsItem",
    "UploadKeyInput",
    "UploadKeyInputProject",
    "User",
    "UserCreate",
    "UserCreateUser",
    "UserSummary",
    "UserUpdate",
    "UserUpdateUser",
    "Zone",
)
