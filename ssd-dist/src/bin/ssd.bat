@echo off
rem The ssd command. Set JAVA_HOME to choose the Java (17 or later); SSD_JAVA_OPTS passes JVM options.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %SSD_JAVA_OPTS% -jar "%~dp0..\lib\ssd.jar" %*
exit /b %ERRORLEVEL%
