### Status: draft. Translated from vi by the leaflet maintainers; not yet
### reviewed by the district office or a native speaker. A reviewer approves
### messages with `leaflet review --locale en` (or in the studio); the
### approvals are kept in review.toml beside this file, not in comments.
### Source: locales/vi/leaflet.ftl (keep ids, attributes and order in step with it).
### The portals are in Vietnamese: labels the reader must click stay in
### Vietnamese, with an English gloss in parentheses.
### Values are kept on one line each; the typesetter breaks the lines.

## Document metadata

# PDF document title (shown by PDF viewers, not printed).
leaflet-title = Online public services – A guide for residents of { $district } { $level ->
        [commune] Commune
       *[district] District
    }

## Front cover

# The issuing office; short, all caps.
cover-kicker = { UPPER($district) } { $level ->
        [commune] COMMUNE
       *[district] DISTRICT
    } PEOPLE’S COMMITTEE · { UPPER($province) }
cover-title = ONLINE PUBLIC SERVICES
cover-subtitle = Register, log in and submit applications on the national and Gia Lai portals
# Slogan; the same words as benefit-citizens-1.
cover-tagline = Anytime, anywhere

## Concept

concept-heading = DEFINITION
concept-body = Online public services (DVCTT) of state agencies are administrative public services and other services that state agencies provide to organizations and individuals online.
levels-heading = Two levels of online services
level-full = All information on the administrative procedure is provided, and the procedure is carried out and settled entirely online. Results are returned online or by public postal service.
    .title = End-to-end service:
level-partial = A service that does not meet the conditions for end-to-end service.
    .title = Partial service:

## Benefits

benefits-heading = BENEFITS OF ONLINE SERVICES
benefits-citizens-heading = For residents
benefit-citizens-1 = Anytime, anywhere
benefit-citizens-2 = Provide information only once
benefit-citizens-3 = Less time, lower costs
benefit-citizens-4 = Track and monitor progress
benefit-citizens-5 = Rate and give feedback
benefits-agencies-heading = For state agencies
benefit-agencies-1 = More openness and transparency
benefit-agencies-2 = Less time, lower costs
benefit-agencies-3 = Measure and monitor performance
benefit-agencies-4 = Stronger accountability

## Websites and Zalo
## Link names only: the addresses are kept in a separate data file.

websites-heading = WEBSITES TO KNOW
websites-intro = For details of the public services available in { $district } { $level ->
        [commune] Commune
       *[district] District
    }, { $province } Province, please visit:
link-national-portal = National Public Service Portal
link-province-portal = Gia Lai Provincial Web Portal
link-province-services = Gia Lai Provincial Public Service Portal
link-district-portal = { $district } { $level ->
        [commune] Commune
       *[district] District
    } Web Portal
link-zalo-province = Zalo OA: Gia Lai e-Government
link-zalo-district = Zalo OA: { $district } { $level ->
        [commune] Commune
       *[district] District
    } People’s Committee
# Printed under each Zalo OA name instead of a QR code. Keep it to one short
# line (about 45 characters).
zalo-hint = Search for this name in Zalo (Official Account)

## Where to submit

submit-where-heading = WHERE TO APPLY ONLINE
submit-where-intro = Citizens can use either of these two addresses:

## 8 steps on the National Public Service Portal
## Step texts: .title is the bold lead-in printed after step-lead; the value
## follows it. Button and menu names are the portal’s own Vietnamese labels.

# Printed before every numbered step; $number is the step number (1, 2, 3…).
step-lead = Step { $number }:
national-heading = 8 STEPS TO REGISTER AND LOG IN ON THE NATIONAL PUBLIC SERVICE PORTAL
national-step-1 = Go to the National Public Service Portal: https://dichvucong.gov.vn and click “Đăng ký” (Register).
national-step-2 = Choose a Citizen/Business/State agency account and select identity assurance level 2 (IAL2) verification by “Thuê bao di động” (Mobile subscriber).
    .title = Choose how to register:
national-step-3 = Enter accurately: user name (CMND or CCCD number), full name, date of birth, phone number, email (optional) and the verification code, then click “Đăng ký”.
    .title = Enter details, click “Đăng ký” (Register):
national-step-4 = An OTP code is sent to the phone number you entered; click “Xác nhận”.
    .title = Enter the OTP, click “Xác nhận” (Confirm):
national-step-5 = The password must have 8 or more characters, with upper- and lower-case letters, digits and special characters, to keep your account safe.
    .title = Enter a new password, click “Đăng ký”:
national-step-6 = Click “Đăng nhập” (Log in).
    .title = Log in:
national-step-7 = Choose “Tài khoản cấp bởi Cổng DVCQG” (National Portal account), enter your ID card number (CMND/CCCD), password and verification code, then click “Đăng nhập”.
national-step-8 = An OTP code is sent to the phone number you entered. Enter it and click “Xác nhận” (Confirm) to finish.
    .title = Enter the OTP:

## 7 steps on the Gia Lai portal

province-heading = 7 STEPS TO REGISTER AND LOG IN ON THE GIA LAI PROVINCIAL PUBLIC SERVICE PORTAL
province-step-1 = Go to the Gia Lai Provincial Public Service Portal: https://dichvucong.gialai.gov.vn. On the home page, click “Đăng ký” (Register) to create an account.
province-step-2 = Choose a Citizen/Business account, then select “Xác minh mức độ trung bình (IAL2)” (IAL2 verification).
province-step-3 = Enter your ID card number (CMND/CCCD), then select “Tiến hành đăng ký” (Proceed) to create a new account.
province-step-4 = Enter a password and your personal details, then click “Đăng ký” (Register).
province-step-5 = After registering, open the email address you registered with to confirm the account.
province-step-6 = On the home page, click “Đăng nhập” (Log in).
    .title = Log in:
province-step-7 = Enter your user name (CMND/CCCD) and password, then click “Đăng nhập” to log in to the account you created.

## Support

support-heading = GETTING HELP
support-body = If you need help using online public services, please contact the { $level ->
        [commune] commune’s
       *[district] district’s
    } Reception and Results Unit:
support-phone = Support phone number:

## How to submit a dossier
## The portal addresses are printed separately, under each sub-heading.

howto-heading = HOW TO SUBMIT AN ONLINE APPLICATION
howto-national-heading = Apply via the National Public Service Portal
howto-national-step-1 = After logging in, open the “Thông tin và Dịch vụ” (Information and Services) menu and choose “Dịch vụ công trực tuyến” (Online public services).
howto-national-step-2 = Select the agency or organization that handles the application.
howto-national-step-3 = Type the name of the service (administrative procedure), select it, then click “Nộp trực tuyến” (Submit online). The system will redirect you to the Gia Lai Provincial Public Service Portal.
howto-province-heading = Apply via the Gia Lai Provincial Public Service Portal
howto-province-step-1 = On the home page, click the “Dịch vụ công” (Public services) menu.
howto-province-step-2 = Find the public service you want to apply for and click “Nộp hồ sơ” (Submit).
howto-province-step-3 = Select and enter the applicant’s details, choose where to receive the result and upload the required documents. Click “Nộp hồ sơ” to finish.
howto-province-step-4 = Once submitted, the system confirms that the application has gone to the reception unit and gives an application code for tracking.

## Closing

slogan = JOIN HANDS TO BUILD A DEMOCRATIC, CLEAN, PROFESSIONAL AND MODERN ADMINISTRATION
