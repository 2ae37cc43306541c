/**
 * The one place where the frontend learns the shape of the API: names for the
 * schemas of the backend's OpenAPI document. `openapi.d.ts` is generated from the backend's DTOs
 * (`npm run openapi`, checked by a backend spec), so these types cannot drift from the API. The
 * rest of the app imports API types from here only.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

export type LabelledCode = Schemas['LabelledCodeDto'];
export type PillarLabel = Schemas['PillarLabelDto'];
export type BasicPolicyLabel = Schemas['BasicPolicyLabelDto'];
export type PriorityProject = Schemas['PriorityProject'];
export type Reference = Schemas['ReferenceDto'];
export type CourseSummary = Schemas['CourseSummaryDto'];
export type CourseList = Schemas['CourseListDto'];
export type CourseDetail = Schemas['CourseDetailDto'];
export type CourseSession = Schemas['CourseSessionDto'];
export type FacilitySummary = Schemas['FacilitySummaryDto'];
export type FacilityDetail = Schemas['FacilityDetailDto'];
export type Room = Schemas['RoomDto'];
export type ApiError = Schemas['ApiErrorDto'];

// Open data (issue 14).
export type OpenEventList = Schemas['OpenEventListDto'];
export type OpenEvent = Schemas['OpenEventDto'];

// Accounts, roles and access (issue 3).
export type Role = Schemas['Role'];
export type AssignableRole = Schemas['AssignableRole'];
export type TsukubaRelation = Schemas['TsukubaRelation'];
export type PreferredLanguage = Schemas['PreferredLanguage'];
export type FamilyRelationship = Schemas['FamilyRelationship'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type FacilityKind = Schemas['FacilityKind'];
export type CourseStatus = Schemas['CourseStatus'];
export type BookingRule = Schemas['BookingRule'];
export type CoursePhase = Schemas['CoursePhase'];
export type ScopeRef = Schemas['ScopeRefDto'];
export type Me = Schemas['MeDto'];
export type AuthSession = Schemas['SessionStateDto'];
export type SignUpRequest = Schemas['SignUpDto'];
export type ProfileUpdate = Schemas['UpdateProfileDto'];
export type AcceptedAnswer = Schemas['AcceptedDto'];
export type EmailChanged = Schemas['EmailChangedDto'];
export type EmailVerified = Schemas['EmailVerifiedDto'];
export type UserSessionRow = Schemas['SessionDto'];
export type FamilyMember = Schemas['FamilyMemberDto'];
export type FamilyMemberInput = Schemas['CreateFamilyMemberDto'];
export type FamilyMemberUpdate = Schemas['UpdateFamilyMemberDto'];

// Organiser and staff workspaces.
export type OrganiserCourse = Schemas['OrganiserCourseDto'];
export type OrganiserCourseDetail = Schemas['OrganiserCourseDetailDto'];
export type OrganisationMember = Schemas['OrganisationMemberDto'];
export type OrganisationMembers = Schemas['OrganisationMembersDto'];
export type InviteMemberRequest = Schemas['InviteMemberDto'];

// The city administrator console.
export type RoleAssignment = Schemas['RoleAssignmentDto'];
export type Invitation = Schemas['InvitationDto'];
export type GrantRoleRequest = Schemas['GrantRoleDto'];
export type RoleGrantResult = Schemas['RoleGrantResultDto'];
export type AdminOrganisation = Schemas['AdminOrganisationDto'];
export type OrganisationInput = Schemas['CreateOrganisationDto'];
export type AdminFacility = Schemas['AdminFacilityDto'];
export type FacilityInput = Schemas['CreateFacilityDto'];
export type PersonSummary = Schemas['PersonSummaryDto'];
export type PeoplePage = Schemas['PeoplePageDto'];
export type PersonDetail = Schemas['PersonDetailDto'];
export type AuditAction = Schemas['AuditAction'];
export type AuditPerson = Schemas['AuditPersonDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditLogPage = Schemas['AuditLogPageDto'];
export type AuditActionOption = Schemas['AuditActionOptionDto'];

// The organiser console: course editing, sessions, room availability.
export type CourseEditorResult = Schemas['CourseEditorResultDto'];
export type CourseWarning = Schemas['CourseWarningDto'];
export type SessionInput = Schemas['SessionInputDto'];
export type SessionSeriesInput = Schemas['SessionSeriesDto'];
export type FacilityAvailability = Schemas['AvailabilityDto'];
export type RoomAvailability = Schemas['RoomAvailabilityDto'];
export type ReservationConflict = Schemas['ReservationConflictDto'];

// The facility staff console: calendar, hires, closures.
export type StaffCalendar = Schemas['CalendarDto'];
export type StaffReservation = Schemas['ReservationDto'];
export type CalendarClosure = Schemas['ClosureDto'];
export type HireInput = Schemas['HireInputDto'];
export type RoomInput = Schemas['RoomInputDto'];
export type RoomUpdate = Schemas['RoomUpdateDto'];
export type RoomEquipment = Schemas['RoomEquipment'];
export type OpeningHours = Schemas['OpeningHoursDto'];
export type OpeningHoursInput = Schemas['OpeningHoursInputDto'];
export type ClosureInput = Schemas['ClosureInputDto'];
export type WeeklyClosure = Schemas['WeeklyClosureDto'];
export type WeeklyClosureInput = Schemas['WeeklyClosureInputDto'];
export type PublicClosures = Schemas['PublicClosuresDto'];

// Bookings (issue 5): the citizen's side.
export type Booking = Schemas['BookingDto'];
export type BookingStatus = Schemas['BookingStatus'];
export type BookingView = Schemas['BookingView'];
export type BookingSession = Schemas['BookingSessionDto'];
export type BookingParticipant = Schemas['BookingParticipantDto'];
export type BookingOptions = Schemas['BookingOptionsDto'];
export type BookingWindowState = Schemas['BookingWindowState'];
export type ParticipantEligibility = Schemas['ParticipantEligibilityDto'];
export type CreateBookingRequest = Schemas['CreateBookingDto'];
export type CalendarFeedState = Schemas['CalendarFeedStateDto'];
export type CalendarFeedCreated = Schemas['CalendarFeedCreatedDto'];

// Rosters, check-in and course messages (issue 5).
export type Roster = Schemas['RosterDto'];
export type RosterEntry = Schemas['RosterEntryDto'];
export type AttendanceStatus = Schemas['AttendanceStatus'];
export type CheckInResult = Schemas['CheckInResultDto'];
export type WalkIn = Schemas['WalkInDto'];
export type WalkInInput = Schemas['WalkInInputDto'];
export type CourseMessageInput = Schemas['CourseMessageInputDto'];
export type CourseMessageResult = Schemas['CourseMessageResultDto'];
export type CourseInstructor = Schemas['CourseInstructorDto'];
export type TeachingSession = Schemas['TeachingSessionDto'];
export type TeachingCourse = Schemas['TeachingCourseDto'];
export type DoorSessions = Schemas['DoorSessionsDto'];
export type DoorSession = Schemas['DoorSessionDto'];

// The instructor bank (issue 12).
export type InstructorCard = Schemas['InstructorCardDto'];
export type InstructorSummary = Schemas['InstructorSummaryDto'];
export type InstructorList = Schemas['InstructorListDto'];
export type InstructorPublicProfile = Schemas['InstructorDetailDto'];
export type InstructorProfile = Schemas['MyInstructorProfileDto'];
export type InstructorProfileInput = Schemas['ProfileContentDto'];
export type ProfileVisibility = Schemas['ProfileVisibilityDto'];
export type ProfileEvent = Schemas['ProfileEventDto'];
export type LearningItem = Schemas['AttendedCourseDto'];
export type ReviewQueue = Schemas['ReviewQueueDto'];
export type ReviewDetail = Schemas['ReviewProfileDto'];
export type ReviewDecisionInput = Schemas['DecisionInputDto'];
export type InstructorSettings = Schemas['InstructorSettingsDto'];
export type InstructorRequestCreate = Schemas['CreateInstructorRequestDto'];
export type InstructorRequestSummary = Schemas['RequestSummaryDto'];
export type InstructorRequestDetail = Schemas['RequestDetailDto'];
export type InstructorRequestReport = Schemas['ReportRequestDto'];
export type InstructorPhoto = Schemas['PhotoDto'];

// The learning record (学びの記録, issue 13).
export type LearningRecord = Schemas['LearningRecordDto'];
export type PersonLearningRecord = Schemas['PersonLearningRecordDto'];
export type LearnedCourse = Schemas['LearnedCourseDto'];
export type LearningFigures = Schemas['LearningFiguresDto'];
// The course questionnaire (アンケート, issue 13).
export type QuestionnaireForm = Schemas['QuestionnaireFormDto'];
export type QuestionnaireAnswerInput = Schemas['QuestionnaireAnswerInputDto'];
export type StandardQuestion = Schemas['StandardQuestionDto'];
export type OrganiserQuestion = Schemas['OrganiserQuestionDto'];
export type OrganiserQuestionInput = Schemas['OrganiserQuestionInputDto'];
export type OrganiserQuestionnaire = Schemas['OrganiserQuestionnaireDto'];
export type QuestionnaireResults = Schemas['QuestionnaireResultsDto'];
export type QuestionnaireSummary = Schemas['QuestionnaireSummaryDto'];
export type QuestionnaireDistribution = Schemas['DistributionDto'];
export type CityQuestionnaireReport = Schemas['CityQuestionnaireReportDto'];
export type QuestionnaireReportRow = Schemas['ReportRowDto'];

// Certificates (issue 13): the public verification.
export type Verification = Schemas['VerificationDto'];
export type MyCertificate = Schemas['MyCertificateDto'];
export type CertificateShare = Schemas['CertificateShareDto'];

// The plan's evaluation (issue 14): the city's dashboard, figures and indicators.
export type EvaluationDashboard = Schemas['DashboardDto'];
export type FigureValue = Schemas['FigureValueDto'];
export type FigureKey = Schemas['FigureKey'];
export type FigureDimension = Schemas['FigureDimension'];
export type FiscalYearFigures = Schemas['FiscalYearFiguresDto'];
export type EvaluationBreakdown = Schemas['BreakdownDto'];
export type BreakdownGroup = Schemas['BreakdownGroupDto'];
export type TrendYear = Schemas['TrendYearDto'];
export type RoomUse = Schemas['RoomUseDto'];
export type EvaluationCourses = Schemas['EvaluationCoursesDto'];
export type Indicator = Schemas['IndicatorDto'];
export type IndicatorYear = Schemas['IndicatorYearDto'];
export type IndicatorList = Schemas['IndicatorListDto'];
export type IndicatorInput = Schemas['IndicatorInputDto'];
export type ManualValueInput = Schemas['ManualValueInputDto'];
export type IndicatorThresholds = Schemas['ThresholdsDto'];
export type IndicatorGrade = NonNullable<IndicatorYear['grade']>;

// The department evaluation sheets (issue 14).
export type EvaluationSheet = Schemas['EvaluationSheetDto'];
export type SheetFigure = Schemas['SheetFigureDto'];
export type SheetEvent = Schemas['SheetEventDto'];
export type SheetDraftInput = Schemas['SheetDraftInputDto'];
export type SheetList = Schemas['SheetListDto'];
export type OwnSheetList = Schemas['OwnSheetListDto'];
export type SheetListRow = Schemas['SheetListRowDto'];
export type ListedSheetState = Schemas['ListedSheetState'];
export type SheetAction = Schemas['SheetAction'];
