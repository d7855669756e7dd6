@echo off
rem The ssd command. Set JAVA_HOME to choose the Java (17 or later); SSD_JAVA_OPTS passes JVM options
rem (replacing the default heap and collector).
rem
rem Start-up, as bin/ssd does it: the first `ssd validate` also writes a class-data-sharing archive of
rem the classes it used into SSD_CACHE_DIR (else %LOCALAPPDATA%\ssd); later runs map those classes
rem from it instead of loading them from the jar. The archive is named by the jar's size and time, so
rem a new build makes a new one; the JVM itself ignores an archive that does not fit it (another Java).
rem Without a cache folder ssd runs without an archive, as it does with SSD_CDS=off.
setlocal
rem Memory, as bin/ssd sets it: a 700 MB heap under the parallel collector unless SSD_JAVA_OPTS is set.
set "OPTS=%OPTS%"
if not defined OPTS set "OPTS=-XX:+UseParallelGC -Xmx700m"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "JAR=%~dp0..\lib\ssd.jar"
set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
if /i "%SSD_CDS%"=="off" goto plain
set "CACHE=%SSD_CACHE_DIR%"
if not defined CACHE if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\ssd"
if not defined CACHE goto plain
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP: =-%"
set "ARCHIVE=%CACHE%\cds-%STAMP%.jsa"
if exist "%ARCHIVE%" goto shared
if /i not "%~1"=="validate" goto plain
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>&1
if not exist "%CACHE%" goto plain
rem The training run: this command itself, archived as the JVM exits, under a temporary name moved
rem into place afterwards, so that a concurrent ssd never maps a half-written archive.
set "PARTIAL=%ARCHIVE%.%RANDOM%.tmp"
"%JAVA%" -XX:ArchiveClassesAtExit="%PARTIAL%" %QUIET% %OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%PARTIAL%" move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>&1
if exist "%PARTIAL%" del "%PARTIAL%" >nul 2>&1
exit /b %STATUS%

:shared
"%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" %QUIET% %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%JAVA%" %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
